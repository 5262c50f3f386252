import { useState } from 'preact/hooks';
import { checkQuietRange } from '@/utils/preferences';
import type { QuietRange } from '@/utils/quiet-hours';

interface QuietHoursFieldProps {
  value: QuietRange[];
  onSave: (ranges: QuietRange[]) => void;
}

const NEW_RANGE: QuietRange = { start: '12:30', end: '13:30' };

/**
 * One or more daily quiet ranges. The whole list saves only when every range is valid,
 * so one half-typed range never loses the others.
 */
export function QuietHoursField({ value, onSave }: QuietHoursFieldProps) {
  const [drafts, setDrafts] = useState<QuietRange[]>(value);
  const errors = drafts.map((range) => {
    const checked = checkQuietRange(range);
    return checked.ok ? '' : checked.message;
  });

  const update = (next: QuietRange[]): void => {
    setDrafts(next);
    if (next.every((range) => checkQuietRange(range).ok)) onSave(next);
  };
  const edit = (index: number, patch: Partial<QuietRange>): void =>
    update(drafts.map((range, i) => (i === index ? { ...range, ...patch } : range)));

  return (
    <fieldset class="field">
      <legend>Quiet hours</legend>
      <p class="hint">No nudges during these times, every day. A range can cross midnight.</p>
      {drafts.length === 0 && <p class="hint">No quiet hours: nudges can come at any time.</p>}
      <ul class="ranges">
        {drafts.map((range, i) => (
          <li key={i} class="range">
            <label>
              From
              <input
                type="time"
                value={range.start}
                aria-label={`Quiet time ${i + 1} from`}
                aria-invalid={errors[i] !== ''}
                aria-describedby={errors[i] ? `quiet-error-${i}` : undefined}
                onChange={(e) => edit(i, { start: e.currentTarget.value })}
              />
            </label>
            <label>
              until
              <input
                type="time"
                value={range.end}
                aria-label={`Quiet time ${i + 1} until`}
                aria-invalid={errors[i] !== ''}
                aria-describedby={errors[i] ? `quiet-error-${i}` : undefined}
                onChange={(e) => edit(i, { end: e.currentTarget.value })}
              />
            </label>
            <button
              type="button"
              class="link"
              aria-label={`Remove quiet time ${i + 1}`}
              onClick={() => update(drafts.filter((_, j) => j !== i))}
            >
              Remove
            </button>
            {errors[i] && (
              <p class="error" id={`quiet-error-${i}`}>
                {errors[i]}
              </p>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => update([...drafts, NEW_RANGE])}>
        Add quiet time
      </button>
    </fieldset>
  );
}
