import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { CUSTOM_NUDGES_FILE_NAME, customNudgesFileText } from '@/utils/library/custom-nudges-file';
import type { CustomNudge } from '@/utils/library/nudge';
import { downloadText } from '@/utils/ui/download-text';

interface ExportCustomNudgesProps {
  /** The nudges to save to the file: those shown, never broken stored entries. */
  nudges: readonly CustomNudge[];
  /** Says what was exported, in the section's status line. */
  onExported: (message: string) => void;
}

/** "Export my nudges": downloads them as a file that "Import" reads back. */
export function ExportCustomNudges({ nudges, onExported }: ExportCustomNudgesProps): JSX.Element {
  const exportAll = (): void => {
    downloadText(CUSTOM_NUDGES_FILE_NAME, customNudgesFileText(nudges));
    const n = nudges.length;
    onExported(i18n.t('options.export.done', n, [n, CUSTOM_NUDGES_FILE_NAME]));
  };
  return (
    <div class="row">
      <button type="button" onClick={exportAll} disabled={nudges.length === 0}>
        {i18n.t('options.export.button')}
      </button>
    </div>
  );
}
