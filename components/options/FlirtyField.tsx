import { i18n } from '#i18n';
import type { FlirtyLevel } from '@/utils/storage/preferences';

const levels: FlirtyLevel[] = ['off', 'sweet', 'bold'];

interface FlirtyFieldProps {
  value: FlirtyLevel;
  onSave: (level: FlirtyLevel) => void;
}

/** "How flirty may it get?": off, sweet, or bold but kind. Saves as soon as one is picked. */
export function FlirtyField({ value, onSave }: FlirtyFieldProps) {
  return (
    <fieldset class="field">
      <legend>{i18n.t('options.flirty.legend')}</legend>
      {levels.map((level) => (
        <label key={level} class="check">
          <input
            type="radio"
            name="flirty"
            value={level}
            checked={value === level}
            onChange={() => onSave(level)}
          />
          <span>
            {i18n.t(`options.flirty.${level}`)}{' '}
            <span class="hint">{i18n.t(`options.flirty.${level}_hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
