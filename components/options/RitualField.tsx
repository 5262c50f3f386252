import { i18n } from '#i18n';
import type { ComponentChildren, JSX } from 'preact';
import { DayChecks } from '../fields/DayChecks';
import { weekDays } from '../fields/week-days';
import type { RitualTime } from '@/utils/schedule/rituals';

interface RitualFieldProps {
  value: RitualTime | null;
  onSave: (value: RitualTime | null) => void;
  /** What turning it on sets: the suggested time and days. */
  suggested: RitualTime;
  /** Names, by `id`: legend, toggle, hint, time label (and days for a daily one). */
  words: { legend: string; toggle: string; hint: string; time: string; days: string };
  /** One day a week (a select) rather than any days (checkboxes). */
  weekly?: boolean;
  id: string;
  children?: ComponentChildren;
}

/**
 * A ritual at a time the person picks: off, or on at a time on some days (the daily
 * check-in) or on one day a week (the tiny date). Each edit saves a whole, valid value.
 */
export function RitualField(props: RitualFieldProps): JSX.Element {
  const { value, onSave, suggested, words, weekly = false, id } = props;
  const edit = (patch: Partial<RitualTime>): void => {
    const next = { ...(value ?? suggested), ...patch, since: Date.now() };
    if (next.days.length > 0 && /^\d\d:\d\d$/.test(next.time)) onSave(next);
  };
  return (
    <fieldset class="field ritual" id={id}>
      <legend>{words.legend}</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={value !== null}
          aria-describedby={`${id}-hint`}
          onChange={(e) =>
            onSave(e.currentTarget.checked ? { ...suggested, since: Date.now() } : null)
          }
        />
        {words.toggle}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {words.hint}
      </p>
      {value && (
        <>
          <label class="time-field">
            {words.time}{' '}
            <input
              type="time"
              value={value.time}
              required
              onChange={(e) => edit({ time: e.currentTarget.value })}
            />
          </label>
          {weekly ? (
            <label class="time-field">
              {words.days}{' '}
              <select
                value={String(value.days[0])}
                onChange={(e) => edit({ days: [Number(e.currentTarget.value)] })}
              >
                {weekDays().map(({ day, name }) => (
                  <option key={day} value={String(day)}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <DayChecks
              class="ritual-days"
              legend={words.days}
              days={value.days}
              checkClass="check"
              short
              onToggle={(day, on) =>
                edit({ days: on ? [...value.days, day] : value.days.filter((d) => d !== day) })
              }
            />
          )}
          {props.children}
        </>
      )}
    </fieldset>
  );
}

/** The options page's rituals: the daily check-in (and which wins over quiet hours) and the tiny date. */
export const ritualWords = (key: 'check_in' | 'date'): RitualFieldProps['words'] => ({
  legend: i18n.t(`options.${key}.legend`),
  toggle: i18n.t(`options.${key}.toggle`),
  hint: i18n.t(`options.${key}.hint`),
  time: i18n.t(`options.${key}.time`),
  days: i18n.t(`options.${key}.days`),
});
