import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { DayChecks } from '../fields/DayChecks';
import { rangeProblem } from '../fields/range-problem';
import { TimeRangeFields } from '../fields/TimeRangeFields';
import { weekDays } from '../fields/week-days';
import { checkQuietRange } from '@/utils/storage/preferences';
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
export function QuietRangeRow({ n, range, onChange, onRemove }: QuietRangeRowProps): JSX.Element {
  const { error, timesWrong, daysWrong } = rangeProblem(checkQuietRange(range), range);
  const errorId = `quiet-error-${n}`;
  const days = range.days ?? weekDays().map(({ day }) => day);
  const toggle = (day: number, on: boolean): void =>
    onChange(
      withDays(range, on ? [...days, day].sort((a, b) => a - b) : days.filter((d) => d !== day)),
    );

  return (
    <li class="range quiet-range">
      <TimeRangeFields
        value={range}
        onChange={onChange}
        fromText={i18n.t('options.from')}
        untilText={i18n.t('options.until')}
        fromLabel={i18n.t('options.quiet.from_label', [n])}
        untilLabel={i18n.t('options.quiet.until_label', [n])}
        invalid={timesWrong}
        describedBy={timesWrong ? errorId : undefined}
      />
      <button
        type="button"
        class="link"
        aria-label={i18n.t('options.quiet.remove_label', [n])}
        onClick={onRemove}
      >
        {i18n.t('common.remove')}
      </button>
      <DayChecks
        class="quiet-days"
        label={i18n.t('options.quiet.days_label', [n])}
        describedBy={daysWrong ? errorId : undefined}
        days={days}
        onToggle={toggle}
        short
        dayLabel={(name) => i18n.t('options.quiet.day_label', [n, name])}
      >
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
      </DayChecks>
      {error && (
        <p class="error" id={errorId}>
          {error}
        </p>
      )}
    </li>
  );
}
