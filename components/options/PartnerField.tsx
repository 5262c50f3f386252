import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPartnerName, PARTNER_NAME_MAX } from '@/utils/preferences';

interface PartnerFieldProps {
  value: string;
  onSave: (name: string) => void;
}

/** Saves a moment after typing stops (storage.sync allows few writes a minute). */
const SAVE_DELAY_MS = 400;

export function PartnerField({ value, onSave }: PartnerFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const onInput = (text: string): void => {
    setDraft(text);
    const checked = checkPartnerName(text);
    setError(checked.ok ? '' : checked.message);
    clearTimeout(timer.current);
    if (checked.ok) timer.current = setTimeout(() => onSave(checked.value), SAVE_DELAY_MS);
  };

  return (
    <div class="field">
      <label for="partner-name">Your partner’s name</label>
      <p class="hint" id="partner-name-hint">
        Used inside nudges, like “Bring Sam a glass of water”. It stays on your devices.
      </p>
      <input
        id="partner-name"
        type="text"
        autocomplete="off"
        value={draft}
        maxLength={PARTNER_NAME_MAX + 20}
        aria-describedby={error ? 'partner-name-hint partner-name-error' : 'partner-name-hint'}
        aria-invalid={error !== ''}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="error" id="partner-name-error">
          {error}
        </p>
      )}
    </div>
  );
}
