import { i18n } from '#i18n';
import { useDraft } from '../fields/use-draft';
import { QuietRangeRow } from './QuietRangeRow';
import { checkQuietRange, MAX_QUIET_RANGES } from '@/utils/storage/preferences';
import type { QuietRange } from '@/utils/time/quiet-hours';

interface QuietHoursFieldProps {
  value: QuietRange[];
  onSave: (ranges: QuietRange[]) => void;
}

const NEW_RANGE: QuietRange = { start: '12:30', end: '13:30' };

/** Only the valid ranges, as they would be stored. */
const validRanges = (ranges: QuietRange[]): QuietRange[] =>
  ranges.map(checkQuietRange).flatMap((c) => (c.ok ? [c.value] : []));

/** Drafts that are all valid and, checked, the stored ranges. */
const sameRanges = (drafts: QuietRange[], stored: QuietRange[]): boolean => {
  const valid = validRanges(drafts);
  return valid.length === drafts.length && JSON.stringify(valid) === JSON.stringify(stored);
};

/**
 * A week of quiet ranges, each on some days or every day. The whole list saves only when
 * every range is valid, so one half-set range never loses the others. There are at most
 * MAX_QUIET_RANGES (preferences sync in one item of 8 KB at most).
 */
export function QuietHoursField({ value, onSave }: QuietHoursFieldProps) {
  const [drafts, setDrafts] = useDraft(value, sameRanges);

  const update = (next: QuietRange[]): void => {
    setDrafts(next);
    const valid = validRanges(next);
    if (valid.length === next.length) onSave(valid);
  };

  return (
    <fieldset class="field">
      <legend>{i18n.t('options.quiet.legend')}</legend>
      <p class="hint">{i18n.t('options.quiet.hint')}</p>
      {drafts.length === 0 && <p class="hint">{i18n.t('options.quiet.none')}</p>}
      <ul class="ranges">
        {drafts.map((range, i) => (
          <QuietRangeRow
            key={i}
            n={i + 1}
            range={range}
            onChange={(edited) => update(drafts.map((r, j) => (j === i ? edited : r)))}
            onRemove={() => update(drafts.filter((_, j) => j !== i))}
          />
        ))}
      </ul>
      {drafts.length < MAX_QUIET_RANGES ? (
        <button type="button" onClick={() => update([...drafts, NEW_RANGE])}>
          {i18n.t('options.quiet.add')}
        </button>
      ) : (
        <p class="hint">{i18n.t('options.quiet.max', [MAX_QUIET_RANGES])}</p>
      )}
    </fieldset>
  );
}
