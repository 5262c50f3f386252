import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { HintedInput } from '../fields/HintedInput';
import { checkBabyDate } from '@/utils/storage/ritual-fields';

interface BabyDateFieldProps {
  value: string | null;
  onSave: (babyDate: string | null) => void;
}

/**
 * The baby's birthday, or the due date while expecting: nudges then fit the baby's season.
 * Optional: empty saves none. Kept with the other settings, never sent anywhere.
 */
export function BabyDateField({ value, onSave }: BabyDateFieldProps): JSX.Element {
  const [error, setError] = useState('');
  return (
    <HintedInput
      id="baby-date"
      type="date"
      label={i18n.t('options.baby.label')}
      hint={i18n.t('options.baby.hint')}
      error={error}
      value={value ?? ''}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        const checked = typed === '' ? null : checkBabyDate(typed);
        setError(checked && !checked.ok ? checked.message : '');
        if (!checked) onSave(null);
        else if (checked.ok) onSave(checked.value);
      }}
    />
  );
}
