// A backup's export and import, loaded only when a person exports or picks a file: checking a
// backup (valibot and its schemas) would otherwise be most of the options page's own code, yet
// few visits use it. bench/bytes.mjs (ON_DEMAND) leaves this chunk out of the page's everyday
// bytes; tests/e2e/bundle-size.test.ts checks that no chunk imports it statically.
export { applyBackup, collectBackup } from '@/utils/backup/backup';
export { backupFileName, backupText, readBackupFile } from '@/utils/backup/backup-file';
