import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { weekDays } from './week-days';
import { checkClockRange, checkWorkHours, type WorkHours } from '@/utils/storage/preferences';

interface WorkHoursFieldProps {
  value: WorkHours | null;
  onSave: (value: WorkHours | null) => void;
}

/** What turning it on saves: a usual office week. */
const DEFAULT_WORK_HOURS: WorkHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

const ERROR_ID = 'work-hours-error';

/**
 * "Keep flirty nudges out of work hours": on or off, which days, and from when until when.
 * Saves only a valid whole; while something is off it explains and keeps what was typed.
 */
export function WorkHoursField({ value, onSave }: WorkHoursFieldProps) {
  const [on, setOn] = useState(value !== null);
  const [draft, setDraft] = useState<WorkHours>(value ?? DEFAULT_WORK_HOURS);
  const checked = checkWorkHours(draft);
  const error = checked.ok ? '' : checked.message;
  // checkWorkHours looks at the times first, so a good time range means the days are the problem.
  const timesWrong = error !== '' && !checkClockRange(draft).ok;
  const daysWrong = error !== '' && !timesWrong;

  const turn = (next: boolean): void => {
    setOn(next);
    if (next) setDraft(DEFAULT_WORK_HOURS);
    onSave(next ? DEFAULT_WORK_HOURS : null);
  };
  const edit = (patch: Partial<WorkHours>): void => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const result = checkWorkHours(next);
    if (result.ok) onSave(result.value);
  };
  const toggleDay = (day: number, chosen: boolean): void =>
    edit({ days: chosen ? [...draft.days, day] : draft.days.filter((d) => d !== day) });
  const timeProps = {
    'aria-invalid': timesWrong,
    'aria-describedby': timesWrong ? ERROR_ID : undefined,
  };

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
          <fieldset class="work-days" aria-describedby={daysWrong ? ERROR_ID : undefined}>
            <legend>{i18n.t('options.work.days')}</legend>
            {weekDays().map(({ day, name }) => (
              <label key={day} class="check">
                <input
                  type="checkbox"
                  checked={draft.days.includes(day)}
                  onChange={(e) => toggleDay(day, e.currentTarget.checked)}
                />
                {name}
              </label>
            ))}
          </fieldset>
          <div class="range work-times">
            <label>
              {i18n.t('options.from')}
              <input
                type="time"
                value={draft.start}
                aria-label={i18n.t('options.work.from_label')}
                {...timeProps}
                onChange={(e) => edit({ start: e.currentTarget.value })}
              />
            </label>
            <label>
              {i18n.t('options.until')}
              <input
                type="time"
                value={draft.end}
                aria-label={i18n.t('options.work.until_label')}
                {...timeProps}
                onChange={(e) => edit({ end: e.currentTarget.value })}
              />
            </label>
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
