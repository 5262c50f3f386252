import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPartnerName, PARTNER_NAME_MAX } from '@/utils/storage/preferences';

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
  const unsaved = useRef<string | null>(null);

  /** Saves a name still waiting for its delay: on blur, and when the page goes away. */
  const flush = (): void => {
    clearTimeout(timer.current);
    if (unsaved.current !== null) onSave(unsaved.current);
    unsaved.current = null;
  };
  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const onInput = (text: string): void => {
    setDraft(text);
    const checked = checkPartnerName(text);
    setError(checked.ok ? '' : checked.message);
    clearTimeout(timer.current);
    unsaved.current = checked.ok ? checked.value : null;
    if (checked.ok) timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  return (
    <div class="field">
      <label for="partner-name">{i18n.t('options.partner.label')}</label>
      <p class="hint" id="partner-name-hint">
        {i18n.t('options.partner.hint')}
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
        onBlur={flush}
      />
      {error && (
        <p class="error" id="partner-name-error">
          {error}
        </p>
      )}
    </div>
  );
}
