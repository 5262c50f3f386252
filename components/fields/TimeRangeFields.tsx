import type { JSX } from 'preact';

/** Anything with a from and an until time, like a quiet range or work hours. */
interface TimeRange {
  start: string;
  end: string;
}

interface TimeRangeFieldsProps<T extends TimeRange> {
  value: T;
  /** The whole value again with one time changed, so its other parts (days) go along. */
  onChange: (value: T) => void;
  /** The words before each field. */
  fromText: string;
  untilText: string;
  /** A fuller name for each field where several ranges sit on one page ("Quiet range 2 from"). */
  fromLabel?: string;
  untilLabel?: string;
  /** Ids for focus to be sent to the fields. */
  startId?: string;
  endId?: string;
  invalid: boolean;
  describedBy?: string;
  /** Reports each keystroke (`input`), not only a finished change (`change`). */
  live?: boolean;
}

/** The from–until pair of time fields, each inside its label. */
export function TimeRangeFields<T extends TimeRange>({
  value,
  onChange,
  fromText,
  untilText,
  fromLabel,
  untilLabel,
  startId,
  endId,
  invalid,
  describedBy,
  live = false,
}: TimeRangeFieldsProps<T>): JSX.Element {
  const field = (
    key: keyof TimeRange,
    id: string | undefined,
    label: string | undefined,
  ): JSX.Element => {
    const report = (e: JSX.TargetedEvent<HTMLInputElement>): void =>
      onChange({ ...value, [key]: e.currentTarget.value });
    return (
      <input
        id={id}
        type="time"
        value={value[key]}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={live ? report : undefined}
        onChange={live ? undefined : report}
      />
    );
  };
  return (
    <>
      <label>
        {fromText}
        {field('start', startId, fromLabel)}
      </label>
      <label>
        {untilText}
        {field('end', endId, untilLabel)}
      </label>
    </>
  );
}
