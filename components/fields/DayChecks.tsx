import type { ComponentChildren, JSX } from 'preact';
import { weekDays } from './week-days';

interface DayChecksProps {
  /** The days ticked, 0 (Sunday) to 6. */
  days: readonly number[];
  onToggle: (day: number, on: boolean) => void;
  class: string;
  /** Names the group: a visible legend, or an `aria-label` where space is short. */
  legend?: string;
  label?: string;
  describedBy?: string;
  /** Shows "Mon" rather than "Monday". */
  short?: boolean;
  /** A box's fuller name, from the day's, where several groups sit on one page. */
  dayLabel?: (name: string) => string;
  checkClass?: string;
  /** Shown after the days, inside the group (quick choices like "Weekdays"). */
  children?: ComponentChildren;
}

/** A checkbox for each day of the week, Monday first. */
export function DayChecks({
  days,
  onToggle,
  class: className,
  legend,
  label,
  describedBy,
  short = false,
  dayLabel,
  checkClass,
  children,
}: DayChecksProps): JSX.Element {
  return (
    <fieldset class={className} aria-label={label} aria-describedby={describedBy}>
      {legend !== undefined && <legend>{legend}</legend>}
      {weekDays().map(({ day, name, short: shortName }) => (
        <label key={day} class={checkClass}>
          <input
            type="checkbox"
            aria-label={dayLabel?.(name)}
            checked={days.includes(day)}
            onChange={(e) => onToggle(day, e.currentTarget.checked)}
          />
          {short ? shortName : name}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
