import type { FlirtyLevel } from '@/utils/preferences';

const choices: { level: FlirtyLevel; label: string; hint: string }[] = [
  { level: 'off', label: 'Off', hint: 'No flirty nudges at all.' },
  { level: 'sweet', label: 'Sweet', hint: 'Warm and a little romantic.' },
  { level: 'bold', label: 'Bold but kind', hint: 'A little cheekier, never explicit.' },
];

interface FlirtyFieldProps {
  value: FlirtyLevel;
  onSave: (level: FlirtyLevel) => void;
}

/** "How flirty may it get?": off, sweet, or bold but kind. Saves as soon as one is picked. */
export function FlirtyField({ value, onSave }: FlirtyFieldProps) {
  return (
    <fieldset class="field">
      <legend>How flirty may it get?</legend>
      {choices.map(({ level, label, hint }) => (
        <label key={level} class="check">
          <input
            type="radio"
            name="flirty"
            value={level}
            checked={value === level}
            onChange={() => onSave(level)}
          />
          <span>
            {label} <span class="hint">{hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
