import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { FilePreview } from '../fields/FilePreview';
import { JsonFileInput } from '../fields/JsonFileInput';
import { mergeCustomNudges, type NewCustomNudge } from '@/utils/library/custom-nudges';
import type { CustomNudge } from '@/utils/library/nudge';

interface ImportCustomNudgesProps {
  /** The nudges there now, to count the duplicates a file would skip. */
  existing: readonly CustomNudge[];
  /** Merges and stores them; resolves to how many were added. A rejection changes nothing. */
  onImport: (nudges: NewCustomNudge[]) => Promise<number>;
}

interface Preview {
  nudges: NewCustomNudge[];
  adding: NewCustomNudge[];
  skipped: number;
}

/** Reads a file of nudges, shows what it holds, and adds them only once confirmed. */
export function ImportCustomNudges({ existing, onImport }: ImportCustomNudgesProps): JSX.Element {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = async (file: File): Promise<void> => {
    setPreview(null);
    setDone('');
    // Read through the on-demand chunk of the data section (components/options/data/import-export.ts).
    const { readCustomNudgesFile } = await import('./data/import-export');
    const parsed = await readCustomNudgesFile(file);
    if (!parsed.ok) return setError(i18n.t('options.import.nothing_changed', [parsed.message]));
    setError('');
    const { added, skipped } = mergeCustomNudges(existing, parsed.nudges, () => '');
    setPreview({ nudges: parsed.nudges, adding: added, skipped: skipped.length });
  };

  const confirm = async (nudges: NewCustomNudge[]): Promise<void> => {
    setBusy(true);
    try {
      const added = await onImport(nudges);
      setPreview(null);
      setError('');
      setDone(i18n.t('options.import.added', added));
      inputRef.current?.focus();
    } catch {
      setError(i18n.t('options.import.add_failed'));
    } finally {
      setBusy(false);
    }
  };

  const cancel = (): void => {
    setPreview(null);
    inputRef.current?.focus();
  };

  const count = preview?.adding.length ?? 0;
  return (
    <JsonFileInput
      name="custom-import"
      label={i18n.t('options.import.label')}
      hint={i18n.t('options.import.hint')}
      error={error}
      inputRef={inputRef}
      onFile={(file) => void choose(file)}
    >
      {preview && (
        <FilePreview class="custom-preview" label={i18n.t('options.import.preview_label')}>
          <p>
            {i18n.t('options.import.file_has', preview.nudges.length)}
            {preview.skipped > 0 && ` ${i18n.t('options.import.skipped', preview.skipped)}`}
          </p>
          {count > 0 ? (
            // Focusable so a long list can be scrolled from the keyboard.
            <ul
              class="custom-preview-list"
              tabIndex={0}
              aria-label={i18n.t('options.import.adding_label')}
            >
              {preview.adding.map((nudge, i) => (
                <li key={i}>{nudge.text}</li>
              ))}
            </ul>
          ) : (
            <p>{i18n.t('options.import.all_there')}</p>
          )}
          <div class="row">
            {count > 0 && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => void confirm(preview.nudges)}
              >
                {i18n.t('options.import.add', count)}
              </button>
            )}
            <button type="button" onClick={cancel}>
              {i18n.t(count > 0 ? 'common.cancel' : 'common.close')}
            </button>
          </div>
        </FilePreview>
      )}
      <p class="status" role="status">
        {done}
      </p>
    </JsonFileInput>
  );
}
