import { message } from '../platform/message';

/** A value read from a file, or a message saying, in the file kind's own words, why not. */
export type FileRead<T> = { ok: true; value: T } | { ok: false; message: string };

/** How each kind of file (a backup, a file of nudges) words what can go wrong with it. */
export interface JsonFileMessages {
  /** Over the kind's size cap. */
  tooBig: () => string;
  /** The browser could not open the file. */
  unreadable: () => string;
  /** Not JSON at all (cut short, or another kind of file). */
  notJson: () => string;
}

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** More than `maxBytes` once encoded as UTF-8. */
function overCap(text: string, maxBytes: number): boolean {
  // Every UTF-16 unit is at least one byte, so a long string is too big without encoding it.
  return text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes;
}

/**
 * Deeper than any file of ours (a backup is five levels deep): such JSON parses, but walking it
 * later (checks, copies) runs out of stack, and the import then did nothing at all.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether arrays and objects in `text` nest deeper than `limit`, strings skipped: one pass. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The JSON in `text`, or why not: over `maxBytes` (text need not come from a file), or not JSON. */
export function parseJsonText(
  text: string,
  maxBytes: number,
  messages: JsonFileMessages,
): FileRead<unknown> {
  if (overCap(text, maxBytes)) return fail(messages.tooBig());
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return fail(message('common.file_too_deep'));
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail(messages.notJson());
  }
}

/** The text of a chosen file, its size checked before reading so a huge one is never loaded. */
export async function readFileText(
  file: Blob,
  maxBytes: number,
  messages: JsonFileMessages,
): Promise<FileRead<string>> {
  if (file.size > maxBytes) return fail(messages.tooBig());
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return fail(messages.unreadable());
  }
}
