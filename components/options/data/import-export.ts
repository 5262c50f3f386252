import { CUSTOM_NUDGES_FILE_NAME, customNudgesFileText } from '@/utils/library/custom-nudges-file';
import type { CustomNudge } from '@/utils/library/nudge';
import { downloadText } from '@/utils/ui/download-text';

// A backup's export and import, loaded only when a person exports or picks a file: checking a
// backup (valibot and its schemas) would otherwise be most of the options page's own code, yet
// few visits use it. bench/bytes.mjs (ON_DEMAND) leaves this chunk out of the page's everyday
// bytes; tests/e2e/bundle-size.test.ts checks that no chunk imports it statically. What a
// picked backup holds (its preview) is shown only then, so it comes with it.
export { BackupPreview } from './BackupPreview';
// Your own nudges' file, read once one is picked, written when asked.
export { readCustomNudgesFile } from '@/utils/library/custom-nudges-file';

/** Saves your own nudges as the file "Import" reads back; answers the file's name. */
export function downloadCustomNudges(nudges: readonly CustomNudge[]): string {
  downloadText(CUSTOM_NUDGES_FILE_NAME, customNudgesFileText(nudges));
  return CUSTOM_NUDGES_FILE_NAME;
}
export { applyBackup, collectBackup } from '@/utils/backup/backup';
export { backupFileName, backupText, readBackupFile } from '@/utils/backup/backup-file';
