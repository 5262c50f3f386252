import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { QuietRangeRow } from './QuietRangeRow';
import { checkQuietRange } from '@/utils/storage/preferences';
import type { QuietRange } from '@/utils/time/quiet-hours';

interface QuietHoursFieldProps {
  value: QuietRange[];
  onSave: (ranges: QuietRange[]) => void;
}

const NEW_RANGE: QuietRange = { start: '12:30', end: '13:30' };

/**
 * A week of quiet ranges, each on some days or every day. The whole list saves only when
 * every range is valid, so one half-set range never loses the others.
 */
export function QuietHoursField({ value, onSave }: QuietHoursFieldProps) {
  const [drafts, setDrafts] = useState<QuietRange[]>(value);

  const update = (next: QuietRange[]): void => {
    setDrafts(next);
    const checked = next.map(checkQuietRange);
    const valid = checked.flatMap((c) => (c.ok ? [c.value] : []));
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
      <button type="button" onClick={() => update([...drafts, NEW_RANGE])}>
        {i18n.t('options.quiet.add')}
      </button>
    </fieldset>
  );
}
