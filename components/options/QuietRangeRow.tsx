import { i18n } from '#i18n';
import { weekDays } from './week-days';
import { checkClockRange, checkQuietRange } from '@/utils/storage/preferences';
import type { QuietRange } from '@/utils/time/quiet-hours';

interface QuietRangeRowProps {
  /** Position in the list, from 1, for labels people can tell apart. */
  n: number;
  range: QuietRange;
  onChange: (range: QuietRange) => void;
  onRemove: () => void;
}

const presets = [
  { key: 'every_day', days: undefined },
  { key: 'weekdays', days: [1, 2, 3, 4, 5] },
  { key: 'weekend', days: [0, 6] },
] as const;

/** A range with `days` set as given, or with no `days` (every day). */
function withDays(range: QuietRange, days: readonly number[] | undefined): QuietRange {
  const { start, end } = range;
  return days === undefined ? { start, end } : { start, end, days };
}

/** One quiet range: from, until, the days it starts on, and what is wrong with it, if anything. */
export function QuietRangeRow({ n, range, onChange, onRemove }: QuietRangeRowProps) {
  const checked = checkQuietRange(range);
  const error = checked.ok ? '' : checked.message;
  const errorId = `quiet-error-${n}`;
  // The times are checked first: when they are fine, the days are what is wrong.
  const timesWrong = error !== '' && !checkClockRange(range).ok;
  const daysWrong = error !== '' && !timesWrong;
  const week = weekDays();
  const days = range.days ?? week.map(({ day }) => day);
  const toggle = (day: number, on: boolean): void =>
    onChange(
      withDays(range, on ? [...days, day].sort((a, b) => a - b) : days.filter((d) => d !== day)),
    );
  const timeProps = {
    'aria-invalid': timesWrong,
    'aria-describedby': timesWrong ? errorId : undefined,
  };

  return (
    <li class="range quiet-range">
      <label>
        {i18n.t('options.from')}
        <input
          type="time"
          value={range.start}
          aria-label={i18n.t('options.quiet.from_label', [n])}
          {...timeProps}
          onChange={(e) => onChange({ ...range, start: e.currentTarget.value })}
        />
      </label>
      <label>
        {i18n.t('options.until')}
        <input
          type="time"
          value={range.end}
          aria-label={i18n.t('options.quiet.until_label', [n])}
          {...timeProps}
          onChange={(e) => onChange({ ...range, end: e.currentTarget.value })}
        />
      </label>
      <button
        type="button"
        class="link"
        aria-label={i18n.t('options.quiet.remove_label', [n])}
        onClick={onRemove}
      >
        {i18n.t('common.remove')}
      </button>
      <fieldset
        class="quiet-days"
        aria-label={i18n.t('options.quiet.days_label', [n])}
        aria-describedby={daysWrong ? errorId : undefined}
      >
        {week.map(({ day, name, short }) => (
          <label key={day}>
            <input
              type="checkbox"
              aria-label={i18n.t('options.quiet.day_label', [n, name])}
              checked={days.includes(day)}
              onChange={(e) => toggle(day, e.currentTarget.checked)}
            />
            {short}
          </label>
        ))}
        <span class="quiet-presets">
          {presets.map(({ key, days: preset }) => (
            <button
              key={key}
              type="button"
              class="link"
              onClick={() => onChange(withDays(range, preset))}
            >
              {i18n.t(`options.quiet.${key}`)}
            </button>
          ))}
        </span>
      </fieldset>
      {error && (
        <p class="error" id={errorId}>
          {error}
        </p>
      )}
    </li>
  );
}
