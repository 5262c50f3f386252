import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { NumberField } from './NumberField';
import {
  checkMaxPerDay,
  checkPerDay,
  MAX_PER_DAY_RANGE,
  PER_DAY_RANGE,
  type Preferences,
} from '@/utils/storage/preferences';

type DailyCounts = Pick<Preferences, 'perDay' | 'maxPerDay'>;

interface DailyCountsFieldProps {
  value: DailyCounts;
  onSave: (change: Partial<DailyCounts>) => void;
}

/** The two counts a day: about how many nudges, and never more than this many. */
const counts = [
  { name: 'perDay', id: 'per-day', words: 'per_day', range: PER_DAY_RANGE, check: checkPerDay },
  {
    name: 'maxPerDay',
    id: 'max-per-day',
    words: 'max_per_day',
    range: MAX_PER_DAY_RANGE,
    check: checkMaxPerDay,
  },
] as const;

/**
 * The aim and the limit side by side, a line telling them apart and, when the aim is above the
 * limit (allowed: the limit wins), a calm word saying so rather than refusing either.
 */
export function DailyCountsField({ value, onSave }: DailyCountsFieldProps): JSX.Element {
  return (
    <div class="daily-counts">
      {counts.map(({ name, id, words, range, check }) => (
        <NumberField
          key={id}
          id={id}
          label={i18n.t(`options.${words}.label`)}
          hint={i18n.t(`options.${words}.hint`)}
          value={value[name]}
          range={range}
          check={check}
          onSave={(count) => onSave({ [name]: count })}
        />
      ))}
      <p class="hint">{i18n.t('options.per_day.pair')}</p>
      {/* Always there, so a screen reader hears the words when they come. */}
      <p class="daily-over" role="status">
        {value.perDay > value.maxPerDay &&
          i18n.t('options.per_day.over_limit', [String(value.maxPerDay)])}
      </p>
    </div>
  );
}
