import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { JsonFileInput } from '../../fields/JsonFileInput';
import { formatCount, formatList } from './format';
import { afterSettingsSettle } from './settle';
import type { ApplyResult, ImportMode } from '@/utils/backup/backup';
import type { BackupSummary } from '@/utils/backup/backup-file';
import type { Backup } from '@/utils/backup/backup-schema';
import type { BackupPreview } from './BackupPreview';

interface ImportBackupProps {
  /** Says what was imported, in the section's status line. */
  onDone: (message: string) => void;
  /** Called after an import wrote something, so parts that don't watch storage read again. */
  onChanged: () => void;
}

/** The status line for a finished import. */
function doneMessage(result: Extract<ApplyResult, { ok: true }>, mode: ImportMode): string {
  if (mode === 'replace') return i18n.t('data.import.replaced');
  const added = [
    ...(result.addedHistory > 0
      ? [i18n.t('data.import.history', result.addedHistory, [formatCount(result.addedHistory)])]
      : []),
    ...(result.addedNudges > 0
      ? [i18n.t('data.import.own_nudges', result.addedNudges, [formatCount(result.addedNudges)])]
      : []),
  ];
  return added.length === 0
    ? i18n.t('data.import.merged_nothing')
    : i18n.t('data.import.merged', [formatList(added)]);
}

/** "Import a backup": read a file, show what it holds, then add it or replace with it. */
export function ImportBackup({ onDone, onChanged }: ImportBackupProps): JSX.Element {
  const [chosen, setChosen] = useState<{
    backup: Backup;
    summary: BackupSummary;
    Preview: typeof BackupPreview;
  } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const writing = useRef(false);

  const choose = async (file: File): Promise<void> => {
    setChosen(null);
    onDone('');
    const { readBackupFile, BackupPreview: Preview } = await import('./import-export');
    const parsed = await readBackupFile(file);
    if (!parsed.ok) return setError(`${parsed.message} ${i18n.t('data.import.nothing_changed')}`);
    setError('');
    setChosen({ backup: parsed.backup, summary: parsed.summary, Preview });
  };

  const finish = (): void => {
    if (writing.current) return;
    setChosen(null);
    input.current?.focus();
  };

  const apply = async (mode: ImportMode): Promise<boolean> => {
    // A ref, not the state: a quick second click must not start a second import.
    if (!chosen || writing.current) return false;
    writing.current = true;
    setBusy(true);
    let result: ApplyResult;
    try {
      // Loaded already: the file was read through it.
      const { applyBackup } = await import('./import-export');
      const run = (): Promise<ApplyResult> => applyBackup(chosen.backup, mode);
      // A merge keeps the settings: nothing to wait for.
      result = await (mode === 'replace' ? afterSettingsSettle(run) : run());
    } catch {
      result = { ok: false, restored: false };
    } finally {
      writing.current = false;
      setBusy(false);
    }
    if (!result.ok) {
      setError(
        i18n.t(result.restored ? 'data.import.failed_restored' : 'data.import.failed_partial'),
      );
      if (!result.restored) onChanged();
      return false;
    }
    setError('');
    onChanged();
    onDone(doneMessage(result, mode));
    finish();
    return true;
  };

  return (
    <JsonFileInput
      name="data-import"
      label={i18n.t('data.import.label')}
      hint={i18n.t('data.import.hint')}
      error={error}
      inputRef={input}
      onFile={(file) => void choose(file)}
    >
      {chosen && (
        <chosen.Preview
          summary={chosen.summary}
          busy={busy}
          onMerge={() => void apply('merge')}
          onReplace={() => apply('replace')}
          onCancel={finish}
        />
      )}
    </JsonFileInput>
  );
}
