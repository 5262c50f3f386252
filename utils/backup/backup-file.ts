import * as v from 'valibot';
import { i18n } from '#i18n';
import {
  BACKUP_VERSION,
  bodySchema,
  headerSchema,
  MAX_BACKUP_BYTES,
  type Backup,
} from './backup-schema';
import { describeIssue } from './backup-issue';
import { repairPreferences } from '../storage/preferences';
import { parseJsonText, readFileText, type JsonFileMessages } from '../ui/read-json-file';

/** What a backup holds, for the preview shown before anything changes. */
export interface BackupSummary {
  exportedAt: number;
  history: number;
  /** Oldest and newest history entries (epoch ms); null without history. */
  firstAt: number | null;
  lastAt: number | null;
  customNudges: number;
  hiddenNudges: number;
  learnedKinds: number;
  /** Settings in the file that couldn't be read and take their usual value instead. */
  settingsSkipped: number;
}

export type ParsedBackup =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; message: string };

const fail = (message: string): ParsedBackup => ({ ok: false, message });
const messages: JsonFileMessages = {
  tooBig: () => i18n.t('data.error.too_big'),
  unreadable: () => i18n.t('data.error.unreadable'),
  notJson: () => i18n.t('data.error.not_json'),
};

/** JSON of a value with its keys sorted, so two equal settings compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Settings present in the file that repair changed: they were bad and fall back. */
function skippedSettings(raw: Record<string, unknown>, repaired: object): number {
  return Object.entries(repaired).filter(
    ([key, value]) => key in raw && canonical(raw[key]) !== canonical(value),
  ).length;
}

function summarize(backup: Backup, settingsSkipped: number): BackupSummary {
  const { history } = backup;
  // A loop, not Math.min(...all): a long history would overflow the arguments.
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  for (const { at } of history) {
    if (firstAt === null || at < firstAt) firstAt = at;
    if (lastAt === null || at > lastAt) lastAt = at;
  }
  return {
    exportedAt: backup.exportedAt,
    history: history.length,
    firstAt,
    lastAt,
    customNudges: backup.customNudges.length,
    hiddenNudges: backup.hiddenNudges.length,
    learnedKinds: Object.keys(backup.learnedWeights).length,
    settingsSkipped,
  };
}

/**
 * Reads a file made by "Export everything". Everything is checked before anything is
 * returned: a file too big, cut short, not ours, from a newer Still Us or wrong anywhere gives
 * one plain message. Settings go through the same repair as stored ones: a bad setting falls
 * back to its usual value (the preview says how many), the rest of the file must be right.
 */
export function parseBackup(text: string): ParsedBackup {
  const json = parseJsonText(text, MAX_BACKUP_BYTES, messages);
  if (!json.ok) return json;
  const data = json.value;
  const header = v.safeParse(headerSchema, data);
  if (!header.success) {
    const kind = (data as { kind?: unknown } | null)?.kind;
    return fail(
      i18n.t(kind === 'custom-nudges' ? 'data.error.nudges_file' : 'data.error.not_ours'),
    );
  }
  if (header.output.version > BACKUP_VERSION) return fail(i18n.t('data.error.newer'));
  const body = v.safeParse(bodySchema, data, { abortEarly: true });
  if (!body.success) return fail(i18n.t('data.error.invalid', [describeIssue(body.issues[0])]));
  const preferences = repairPreferences(body.output.preferences);
  const backup: Backup = {
    app: 'still-us',
    kind: 'backup',
    version: BACKUP_VERSION,
    ...body.output,
    preferences,
  };
  const skipped = skippedSettings(body.output.preferences, preferences);
  return { ok: true, backup, summary: summarize(backup, skipped) };
}

/** Checks the size before reading, so a huge file is never loaded into memory. */
export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  const text = await readFileText(file, MAX_BACKUP_BYTES, messages);
  return text.ok ? parseBackup(text.value) : text;
}

/** `still-us-backup-YYYY-MM-DD.json`, the local date of `now`. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `still-us-backup-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}.json`;
}

/**
 * The file's text: readable JSON with one history entry per line (indenting every entry
 * would make a big history half again as large).
 */
export function backupText(backup: Backup): string {
  const { history, ...rest } = backup;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const lines = history.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return `${head},\n  "history": [${lines ? `\n${lines}\n  ` : ''}]\n}\n`;
}
