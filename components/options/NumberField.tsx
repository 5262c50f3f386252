import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { HintedInput } from '../fields/HintedInput';
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
export function NumberField({
  value,
  range,
  check,
  onSave,
  ...field
}: NumberFieldProps): JSX.Element {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState('');
  const onInput = (text: string): void => {
    setDraft(text);
    const checked = check(text);
    setError(checked.ok ? '' : checked.message);
    if (checked.ok && checked.value !== value) onSave(checked.value);
  };
  return (
    <HintedInput
      {...field}
      error={error}
      type="number"
      inputMode="numeric"
      min={range.min}
      max={range.max}
      step={1}
      value={draft}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
