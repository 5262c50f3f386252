import {
  checkCustomNudge,
  CUSTOM_NUDGE_MAX,
  type FieldProblem,
  type NewCustomNudge,
} from './custom-nudges';
import type { CustomNudge } from './nudge';

export const CUSTOM_NUDGES_FILE_NAME = 'still-us-my-nudges.json';
/** 1 MB: a full file of 500 long nudges is about a third of this. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_FILE_NUDGES = 500;
const FILE_VERSION = 1;

/** The nudges a file holds, ready to merge, or a kind message naming what is wrong with it. */
export type ParsedCustomNudgesFile =
  { ok: true; nudges: NewCustomNudge[] } | { ok: false; message: string };

export const fileTooBigMessage = 'That file is too big for a file of nudges (over 1 MB).';

const fieldNames = { category: 'kind', text: 'text', message: 'message to copy' } as const;
const problemWords: Record<FieldProblem, string> = {
  empty: 'is empty',
  'too-long': `is longer than ${CUSTOM_NUDGE_MAX} characters`,
  'not-text': 'is not plain text',
  'unknown-kind': 'is not one Still Us knows',
};

const fail = (message: string): ParsedCustomNudgesFile => ({ ok: false, message });
const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** Checks one nudge of a file; a message like "Nudge 3: the text is empty." when it is bad. */
function checkFileNudge(raw: unknown, index: number): NewCustomNudge | string {
  const which = `Nudge ${index + 1}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return `${which} isn’t a nudge: each one needs a kind and a text.`;
  }
  const check = checkCustomNudge(raw);
  for (const field of ['category', 'text', 'message'] as const) {
    const result = check[field];
    if (!result.ok) return `${which}: the ${fieldNames[field]} ${problemWords[result.problem]}.`;
  }
  return check.nudge ?? `${which} isn’t a nudge.`;
}

/**
 * Reads a file made by `customNudgesFileText`. Everything is checked before anything is
 * returned, so a bad file (not JSON, another app's, another version, too big, too many
 * nudges, one bad nudge) gives one message and no nudges at all.
 */
export function parseCustomNudgesFile(text: string): ParsedCustomNudgesFile {
  // Every UTF-16 unit is at least one byte, so a long string is too big without encoding it.
  if (text.length > MAX_FILE_BYTES || byteLength(text) > MAX_FILE_BYTES) {
    return fail(fileTooBigMessage);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('That file can’t be read: it isn’t a JSON file. Please choose one made by Export.');
  }
  const file = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (file.app !== 'still-us' || file.kind !== 'custom-nudges') {
    return fail('That file isn’t a Still Us file of nudges. Please choose one made by Export.');
  }
  if (file.version !== FILE_VERSION) {
    return fail('That file is from a different version of Still Us, so it can’t be read here.');
  }
  const list = file.nudges;
  if (!Array.isArray(list)) return fail('That file has no list of nudges in it.');
  if (list.length === 0) return fail('That file has no nudges in it.');
  if (list.length > MAX_FILE_NUDGES) {
    return fail(
      `That file has ${list.length} nudges. Please import ${MAX_FILE_NUDGES} or fewer at a time.`,
    );
  }
  const nudges: NewCustomNudge[] = [];
  for (const [index, raw] of list.entries()) {
    const nudge = checkFileNudge(raw, index);
    if (typeof nudge === 'string') return fail(nudge);
    nudges.push(nudge);
  }
  return { ok: true, nudges };
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
