import { useState } from 'preact/hooks';
import { QuietRangeRow } from './QuietRangeRow';
import { checkQuietRange } from '@/utils/preferences';
import type { QuietRange } from '@/utils/quiet-hours';

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
      <legend>Quiet hours</legend>
      <p class="hint">
        No nudges during these times, on the days you pick. A range can cross midnight: one that
        starts on Friday night carries on into Saturday morning.
      </p>
      {drafts.length === 0 && <p class="hint">No quiet hours: nudges can come at any time.</p>}
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
        Add quiet time
      </button>
    </fieldset>
  );
}
