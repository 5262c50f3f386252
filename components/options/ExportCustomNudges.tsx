import { i18n } from '#i18n';
import type { JSX } from 'preact';
import type { CustomNudge } from '@/utils/library/nudge';

interface ExportCustomNudgesProps {
  /** The nudges to save to the file: those shown, never broken stored entries. */
  nudges: readonly CustomNudge[];
  /** Says what was exported, in the section's status line. */
  onExported: (message: string) => void;
}

/** "Export my nudges": downloads them as a file that "Import" reads back. */
export function ExportCustomNudges({ nudges, onExported }: ExportCustomNudgesProps): JSX.Element {
  const exportAll = async (): Promise<void> => {
    // Written through the on-demand chunk of the data section (data/import-export.ts).
    const { downloadCustomNudges } = await import('./data/import-export');
    const name = downloadCustomNudges(nudges);
    const n = nudges.length;
    onExported(i18n.t('options.export.done', n, [n, name]));
  };
  return (
    <div class="row">
      <button type="button" onClick={() => void exportAll()} disabled={nudges.length === 0}>
        {i18n.t('options.export.button')}
      </button>
    </div>
  );
}
