import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { downloadText } from '@/utils/ui/download-text';

interface ExportBackupProps {
  /** Says what happened, in the section's status line or its alert. */
  onDone: (message: string) => void;
  onProblem: (message: string) => void;
}

/** "Export everything": one JSON file with settings, own nudges, learning and history. */
export function ExportBackup({ onDone, onProblem }: ExportBackupProps): JSX.Element {
  // A second click while the file is being made does nothing (the button keeps its focus).
  const busy = useRef(false);
  const exportAll = async (): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    try {
      const { backupFileName, backupText, collectBackup } = await import('./import-export');
      const now = Date.now();
      const name = backupFileName(now);
      downloadText(name, backupText(await collectBackup(now)));
      onDone(i18n.t('data.export.done', [name]));
    } catch {
      onProblem(i18n.t('data.export.failed'));
    } finally {
      busy.current = false;
    }
  };
  return (
    <div class="row">
      <button type="button" onClick={() => void exportAll()}>
        {i18n.t('data.export.button')}
      </button>
    </div>
  );
}
