import { useEffect, useState } from 'preact/hooks';
import { CallsField } from './CallsField';
import { CategoriesField } from './CategoriesField';
import { CustomNudgesField } from './CustomNudgesField';
import { DeliveryField } from './DeliveryField';
import { FlirtyField } from './FlirtyField';
import { HistoryList } from './HistoryList';
import { LearningField } from './LearningField';
import { NumberField } from './NumberField';
import { PartnerField } from './PartnerField';
import { PauseControls } from './PauseControls';
import { QuietHoursField } from './QuietHoursField';
import { usePreferences } from './use-preferences';
import { WorkHoursField } from './WorkHoursField';
import { MINUTE } from '@/utils/local-time';
import { checkMaxPerDay, checkPerDay, MAX_PER_DAY_RANGE, PER_DAY_RANGE } from '@/utils/preferences';

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
  if (!prefs) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <header>
        <h1>Still Us</h1>
        <p class="hint">Small moments for the two of you. Everything saves by itself.</p>
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
      <section class="card" aria-labelledby="prefs-heading">
        <h2 id="prefs-heading">Your nudges</h2>
        <PartnerField value={prefs.partnerName} onSave={(partnerName) => save({ partnerName })} />
        <NumberField
          id="per-day"
          label="About how many nudges a day"
          hint="Spread out through your waking hours, never on the dot."
          value={prefs.perDay}
          range={PER_DAY_RANGE}
          check={checkPerDay}
          onSave={(perDay) => save({ perDay })}
        />
        <NumberField
          id="max-per-day"
          label="Never more than this many a day"
          hint="A firm limit, whatever else happens."
          value={prefs.maxPerDay}
          range={MAX_PER_DAY_RANGE}
          check={checkMaxPerDay}
          onSave={(maxPerDay) => save({ maxPerDay })}
        />
        <QuietHoursField value={prefs.quietHours} onSave={(quietHours) => save({ quietHours })} />
        <CategoriesField value={prefs.categories} onSave={(categories) => save({ categories })} />
        <FlirtyField value={prefs.flirty} onSave={(flirty) => save({ flirty })} />
        <WorkHoursField value={prefs.workHours} onSave={(workHours) => save({ workHours })} />
        <DeliveryField value={prefs.delivery} onSave={(delivery) => save({ delivery })} />
        <CallsField
          value={prefs.waitDuringCalls}
          onSave={(waitDuringCalls) => save({ waitDuringCalls })}
        />
      </section>
      <CustomNudgesField />
      <LearningField />
      <HistoryList />
    </main>
  );
}
