import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { CallsField } from './CallsField';
import { CategoriesField } from './CategoriesField';
import { CustomNudgesField } from './CustomNudgesField';
import { DataField } from './DataField';
import { BabyDateField } from './BabyDateField';
import { CheckInField } from './CheckInField';
import { DeliveryField } from './DeliveryField';
import { NotificationWordsField } from './NotificationWordsField';
import { FlirtyField } from './FlirtyField';
import { HistoryList } from './HistoryList';
import { LearningField } from './LearningField';
import { NumberField } from './NumberField';
import { PartnerField } from './PartnerField';
import { PauseControls } from './PauseControls';
import { QuietHoursField } from './QuietHoursField';
import { MessageLanguageField } from './MessageLanguageField';
import { ThemeField } from './ThemeField';
import { usePreferences } from './use-preferences';
import { WeeklyPicture } from './WeeklyPicture';
import { WorkHoursField } from './WorkHoursField';
import { MINUTE } from '@/utils/time/local-time';
import {
  checkMaxPerDay,
  checkPerDay,
  MAX_PER_DAY_RANGE,
  PER_DAY_RANGE,
} from '@/utils/storage/preferences';

/** The two counts a day: about how many nudges, and never more than this many. */
const dailyCounts = [
  { name: 'perDay', id: 'per-day', words: 'per_day', range: PER_DAY_RANGE, check: checkPerDay },
  {
    name: 'maxPerDay',
    id: 'max-per-day',
    words: 'max_per_day',
    range: MAX_PER_DAY_RANGE,
    check: checkMaxPerDay,
  },
] as const;

/** Re-render now and then so "paused until" turns back into "on" by itself. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(id);
  }, []);
  return now;
}

export function Options() {
  const { prefs, save, saveError } = usePreferences();
  const now = useNow();
  // Bumped by an import or "Clear all data": sections that keep drafts or read once start over.
  const [dataVersion, setDataVersion] = useState(0);
  if (!prefs) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <header>
        <h1>{i18n.t('common.extension_name')}</h1>
        <p class="hint">{i18n.t('options.intro')}</p>
      </header>
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <PauseControls
        pausedUntil={prefs.pausedUntil}
        now={now}
        onSave={(pausedUntil) => save({ pausedUntil })}
      />
      {/* Rebuilt after an import or a clear: its fields keep drafts of the old settings. */}
      <section class="card" key={`prefs-${dataVersion}`} aria-labelledby="prefs-heading">
        <h2 id="prefs-heading">{i18n.t('options.prefs_heading')}</h2>
        <PartnerField value={prefs.partnerName} onSave={(partnerName) => save({ partnerName })} />
        <BabyDateField value={prefs.babyDate} onSave={(babyDate) => save({ babyDate })} />
        {dailyCounts.map(({ name, id, words, range, check }) => (
          <NumberField
            key={id}
            id={id}
            label={i18n.t(`options.${words}.label`)}
            hint={i18n.t(`options.${words}.hint`)}
            value={prefs[name]}
            range={range}
            check={check}
            onSave={(count) => save({ [name]: count })}
          />
        ))}
        <QuietHoursField value={prefs.quietHours} onSave={(quietHours) => save({ quietHours })} />
        <CheckInField prefs={prefs} onSave={save} />
        <CategoriesField
          value={prefs.kindsOff}
          onSave={(change) => save((current) => ({ kindsOff: change(current.kindsOff) }))}
        />
        <FlirtyField value={prefs.flirty} onSave={(flirty) => save({ flirty })} />
        <WorkHoursField value={prefs.workHours} onSave={(workHours) => save({ workHours })} />
        <DeliveryField value={prefs.delivery} onSave={(delivery) => save({ delivery })} />
        <NotificationWordsField
          value={prefs.notificationWords}
          onSave={(notificationWords) => save({ notificationWords })}
        />
        <CallsField
          value={prefs.waitDuringCalls}
          onSave={(waitDuringCalls) => save({ waitDuringCalls })}
        />
      </section>
      <CustomNudgesField />
      <LearningField />
      <WeeklyPicture key={`week-${dataVersion}`} />
      <HistoryList key={`history-${dataVersion}`} />
      <DataField onChanged={() => setDataVersion((n) => n + 1)} />
      <ThemeField value={prefs.theme} onSave={(theme) => save({ theme })} />
      <MessageLanguageField
        value={prefs.messageLanguage}
        onSave={(messageLanguage) => save({ messageLanguage })}
      />
    </main>
  );
}
