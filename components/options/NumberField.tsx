import { useState } from 'preact/hooks';
import type { Checked } from '@/utils/storage/preferences';

interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: number;
  range: { min: number; max: number };
  check: (value: unknown) => Checked<number>;
  onSave: (value: number) => void;
}

/** A whole-number preference that saves when valid and explains itself when not. */
export function NumberField({ id, label, hint, value, range, check, onSave }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState('');
  const onInput = (text: string): void => {
    setDraft(text);
    const checked = check(text);
    setError(checked.ok ? '' : checked.message);
    if (checked.ok && checked.value !== value) onSave(checked.value);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        value={draft}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error !== ''}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
