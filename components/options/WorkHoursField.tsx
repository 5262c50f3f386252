import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { DayChecks } from '../fields/DayChecks';
import { rangeProblem } from '../fields/range-problem';
import { TimeRangeFields } from '../fields/TimeRangeFields';
import { useDraft } from '../fields/use-draft';
import { checkWorkHours, type WorkHours } from '@/utils/storage/preferences';

interface WorkHoursFieldProps {
  value: WorkHours | null;
  onSave: (value: WorkHours | null) => void;
}

/** What turning it on saves: a usual office week. */
const DEFAULT_WORK_HOURS: WorkHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

const ERROR_ID = 'work-hours-error';

/** What the field shows: on or off, and the days and hours (kept while off, as typed). */
interface WorkDraft {
  on: boolean;
  hours: WorkHours;
}

const draftOf = (value: WorkHours | null): WorkDraft => ({
  on: value !== null,
  hours: value ?? DEFAULT_WORK_HOURS,
});

/** Off and off, or on with hours that, checked, are the stored ones. */
const sameWork = (draft: WorkDraft, stored: WorkDraft): boolean => {
  if (!draft.on || !stored.on) return draft.on === stored.on;
  const checked = checkWorkHours(draft.hours);
  return checked.ok && JSON.stringify(checked.value) === JSON.stringify(stored.hours);
};

/**
 * "Keep flirty nudges out of work hours": on or off, which days, and from when until when.
 * Saves only a valid whole; while something is off it explains and keeps what was typed.
 */
export function WorkHoursField({ value, onSave }: WorkHoursFieldProps): JSX.Element {
  const [{ on, hours: draft }, setDraft] = useDraft(draftOf(value), sameWork);
  const { error, timesWrong, daysWrong } = rangeProblem(checkWorkHours(draft), draft);

  const turn = (next: boolean): void => {
    setDraft({ on: next, hours: DEFAULT_WORK_HOURS });
    onSave(next ? DEFAULT_WORK_HOURS : null);
  };
  const edit = (patch: Partial<WorkHours>): void => {
    const next = { ...draft, ...patch };
    setDraft({ on: true, hours: next });
    const result = checkWorkHours(next);
    if (result.ok) onSave(result.value);
  };
  const toggleDay = (day: number, chosen: boolean): void =>
    edit({ days: chosen ? [...draft.days, day] : draft.days.filter((d) => d !== day) });

  return (
    <fieldset class="field work-hours">
      <legend>{i18n.t('options.work.legend')}</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby="work-hours-hint"
          onChange={(e) => turn(e.currentTarget.checked)}
        />
        {i18n.t('options.work.toggle')}
      </label>
      <p class="hint" id="work-hours-hint">
        {i18n.t('options.work.hint')}
      </p>
      {on && (
        <>
          <DayChecks
            class="work-days"
            legend={i18n.t('options.work.days')}
            describedBy={daysWrong ? ERROR_ID : undefined}
            days={draft.days}
            onToggle={toggleDay}
            checkClass="check"
          />
          <div class="range work-times">
            <TimeRangeFields
              value={draft}
              onChange={edit}
              fromText={i18n.t('options.from')}
              untilText={i18n.t('options.until')}
              fromLabel={i18n.t('options.work.from_label')}
              untilLabel={i18n.t('options.work.until_label')}
              invalid={timesWrong}
              describedBy={timesWrong ? ERROR_ID : undefined}
            />
          </div>
          {error && (
            <p class="error" id={ERROR_ID} role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
