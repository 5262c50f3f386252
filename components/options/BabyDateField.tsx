import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { checkBabyDate } from '@/utils/storage/ritual-fields';

interface BabyDateFieldProps {
  value: string | null;
  onSave: (babyDate: string | null) => void;
}

/**
 * The baby's birthday, or the due date while expecting: nudges then fit the baby's season.
 * Optional; kept with the other settings in the browser, never sent anywhere.
 */
export function BabyDateField({ value, onSave }: BabyDateFieldProps): JSX.Element {
  return (
    <div class="field">
      <label for="baby-date">{i18n.t('options.baby.label')}</label>
      <input
        id="baby-date"
        type="date"
        value={value ?? ''}
        aria-describedby="baby-date-hint"
        onChange={(e) => {
          const typed = e.currentTarget.value;
          if (typed === '') onSave(null);
          else if (checkBabyDate(typed).ok) onSave(typed);
        }}
      />
      <p class="hint" id="baby-date-hint">
        {i18n.t('options.baby.hint')}
      </p>
    </div>
  );
}
