import type { DeliveryMode } from '@/utils/preferences';

const choices: { mode: DeliveryMode; label: string; hint: string }[] = [
  {
    mode: 'popup',
    label: 'A small popup',
    hint: 'If the browser says no, a notification instead.',
  },
  { mode: 'notification', label: 'A notification only', hint: 'Click it to open the nudge.' },
  { mode: 'badge', label: 'Just a heart on the toolbar icon', hint: 'Open it when you like.' },
];

interface DeliveryFieldProps {
  value: DeliveryMode;
  onSave: (mode: DeliveryMode) => void;
}

export function DeliveryField({ value, onSave }: DeliveryFieldProps) {
  return (
    <fieldset class="field">
      <legend>How nudges arrive</legend>
      {choices.map(({ mode, label, hint }) => (
        <label key={mode} class="check">
          <input
            type="radio"
            name="delivery"
            value={mode}
            checked={value === mode}
            onChange={() => onSave(mode)}
          />
          <span>
            {label} <span class="hint">{hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
