import { i18n } from '#i18n';
import {
  checkCustomNudge,
  CUSTOM_NUDGE_MAX,
  type FieldProblem,
  type NewCustomNudge,
} from './custom-nudges';
import type { CustomNudge } from './nudge';
import { parseJsonText, readFileText, type JsonFileMessages } from '../ui/read-json-file';

export const CUSTOM_NUDGES_FILE_NAME = 'still-us-my-nudges.json';
/** 1 MB: a full file of 500 long nudges is about a third of this. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_FILE_NUDGES = 500;
const FILE_VERSION = 1;

/** The nudges a file holds, ready to merge, or a kind message naming what is wrong with it. */
export type ParsedCustomNudgesFile =
  { ok: true; nudges: NewCustomNudge[] } | { ok: false; message: string };

const fields = ['category', 'text', 'message'] as const;
type Field = (typeof fields)[number];

/**
 * "Nudge 3: the text is empty.", whole sentences so each language can word them its own way.
 * A kind can only be unknown, and a message (optional) only too long or not text.
 */
function fieldMessage(n: number, field: Field, problem: FieldProblem): string {
  if (field === 'category') return i18n.t('checks.file.category_unknown', [n]);
  if (problem === 'too-long') return i18n.t(`checks.file.${field}_too_long`, [n, CUSTOM_NUDGE_MAX]);
  if (field === 'text' && problem === 'empty') return i18n.t('checks.file.text_empty', [n]);
  return i18n.t(`checks.file.${field}_not_text`, [n]);
}

const fail = (message: string): ParsedCustomNudgesFile => ({ ok: false, message });
const messages: JsonFileMessages = {
  tooBig: () => i18n.t('checks.file.too_big'),
  unreadable: () => i18n.t('options.import.open_failed'),
  notJson: () => i18n.t('checks.file.not_json'),
};

/** Checks one nudge of a file; a message like "Nudge 3: the text is empty." when it is bad. */
function checkFileNudge(raw: unknown, index: number): NewCustomNudge | string {
  const n = index + 1;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return i18n.t('checks.file.not_a_nudge', [n]);
  }
  const check = checkCustomNudge(raw);
  for (const field of fields) {
    const result = check[field];
    if (!result.ok) return fieldMessage(n, field, result.problem);
  }
  return check.nudge ?? i18n.t('checks.file.bad_nudge', [n]);
}

/**
 * Reads a file made by `customNudgesFileText`. Everything is checked before anything is
 * returned, so a bad file (not JSON, another app's, another version, too big, too many
 * nudges, one bad nudge) gives one message and no nudges at all.
 */
export function parseCustomNudgesFile(text: string): ParsedCustomNudgesFile {
  const json = parseJsonText(text, MAX_FILE_BYTES, messages);
  if (!json.ok) return json;
  const data = json.value;
  const file = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (file.app !== 'still-us' || file.kind !== 'custom-nudges') {
    return fail(i18n.t('checks.file.not_ours'));
  }
  if (file.version !== FILE_VERSION) {
    return fail(i18n.t('checks.file.other_version'));
  }
  const list = file.nudges;
  if (!Array.isArray(list)) return fail(i18n.t('checks.file.no_list'));
  if (list.length === 0) return fail(i18n.t('checks.file.no_nudges'));
  if (list.length > MAX_FILE_NUDGES) {
    return fail(i18n.t('checks.file.too_many', [list.length, MAX_FILE_NUDGES]));
  }
  const nudges: NewCustomNudge[] = [];
  for (const [index, raw] of list.entries()) {
    const nudge = checkFileNudge(raw, index);
    if (typeof nudge === 'string') return fail(nudge);
    nudges.push(nudge);
  }
  return { ok: true, nudges };
}

/** Checks the size before reading, so a huge file is never loaded into memory. */
export async function readCustomNudgesFile(file: Blob): Promise<ParsedCustomNudgesFile> {
  const text = await readFileText(file, MAX_FILE_BYTES, messages);
  return text.ok ? parseCustomNudgesFile(text.value) : text;
}

/**
 * The export file: `{ app, kind, version, nudges }`, nudges without their ids (ids belong to
 * this device; an import gives fresh ones). Pretty-printed so it can be read and edited.
 */
export function customNudgesFileText(nudges: readonly CustomNudge[]): string {
  const file = {
    app: 'still-us',
    kind: 'custom-nudges',
    version: FILE_VERSION,
    nudges: nudges.map(({ category, text, message }) =>
      message === undefined ? { category, text } : { category, text, message },
    ),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
