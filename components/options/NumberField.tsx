import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { HintedInput } from '../fields/HintedInput';
import { useDraft } from '../fields/use-draft';
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

/**
 * A whole-number preference that saves when valid and explains itself when not. Until it is
 * edited, it shows the stored number, also when that changes elsewhere.
 */
export function NumberField({
  value,
  range,
  check,
  onSave,
  ...field
}: NumberFieldProps): JSX.Element {
  const same = (text: string, stored: string): boolean => {
    const checked = check(text);
    return checked.ok && String(checked.value) === stored;
  };
  const [draft, setDraft] = useDraft(String(value), same);
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
