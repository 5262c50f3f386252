import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NameInput } from '../fields/NameInput';
import { useDraft } from '../fields/use-draft';
import { checkPartnerName } from '@/utils/storage/preferences';

interface PartnerFieldProps {
  value: string;
  onSave: (name: string) => void;
}

/** Saves a moment after typing stops (storage.sync allows few writes a minute). */
const SAVE_DELAY_MS = 400;

/** The partner's name, saved a moment after typing stops, on blur, or as the page goes. */
export function PartnerField({ value, onSave }: PartnerFieldProps): JSX.Element {
  // Typed text follows storage again (another tab, sync) once it is the stored name.
  const [draft, setDraft] = useDraft(value, (text, stored) => text === stored);
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
    <NameInput
      id="partner-name"
      label={i18n.t('options.partner.label')}
      hint={i18n.t('options.partner.hint')}
      value={draft}
      error={error}
      onInput={onInput}
      onBlur={() => {
        flush();
        // Spaces trimmed as it saves: the draft becomes the stored name, and follows it.
        const checked = checkPartnerName(draft);
        if (checked.ok) setDraft(checked.value);
      }}
    />
  );
}
