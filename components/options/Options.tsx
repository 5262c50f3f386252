import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { CustomNudgesField } from './CustomNudgesField';
import { DataField } from './DataField';
import { Glance } from './glance/Glance';
import { GlanceStart } from './glance/GlanceStart';
import { HistoryList } from './HistoryList';
import { LearningField } from './LearningField';
import { MessageLanguageField } from './MessageLanguageField';
import { NudgesSection } from './sections/NudgesSection';
import { OptionsSection } from './sections/OptionsSection';
import { SectionNav } from './sections/SectionNav';
import { useSectionFromHash } from './sections/section-focus';
import { WhenSection } from './sections/WhenSection';
import { ThemeField } from './ThemeField';
import { useNow } from './use-now';
import { usePreferences } from './use-preferences';
import { WeeklyPicture } from './WeeklyPicture';

/**
 * The options page: at a glance on top, then the settings in sections (section-list.ts), a
 * link to each in the navigation, and the URL's hash opening one directly. Until the
 * preferences are read it is the top options.html paints by itself (options-paint.ts).
 */
export function Options() {
  const { prefs, save, saveError } = usePreferences();
  const now = useNow();
  const current = useSectionFromHash(prefs !== null);
  // Bumped by an import or "Clear all data": sections that keep drafts or read once start over.
  const [dataVersion, setDataVersion] = useState(0);
  const page = (main: JSX.Element): JSX.Element => (
    <div class="options-page">
      <header class="options-header">
        <h1>{i18n.t('common.extension_name')}</h1>
        <p class="hint">{i18n.t('options.intro')}</p>
      </header>
      <SectionNav current={current} />
      {main}
    </div>
  );
  if (!prefs)
    return page(
      <main class="options" aria-busy="true">
        <GlanceStart />
      </main>,
    );
  return page(
    <main class="options">
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <Glance prefs={prefs} now={now} onPause={(pausedUntil) => save({ pausedUntil })} />
      {/* Rebuilt after an import or a clear: their fields keep drafts of the old settings. */}
      <NudgesSection key={`nudges-${dataVersion}`} prefs={prefs} save={save} />
      <WhenSection key={`when-${dataVersion}`} prefs={prefs} save={save} />
      <CustomNudgesField />
      <OptionsSection id="history">
        <LearningField />
        <WeeklyPicture key={`week-${dataVersion}`} />
        <HistoryList key={`history-${dataVersion}`} />
      </OptionsSection>
      <DataField onChanged={() => setDataVersion((n) => n + 1)} />
      <OptionsSection id="look">
        <ThemeField value={prefs.theme} onSave={(theme) => save({ theme })} />
        <MessageLanguageField
          value={prefs.messageLanguage}
          onSave={(messageLanguage) => save({ messageLanguage })}
        />
      </OptionsSection>
    </main>,
  );
}
