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

/** The JSON in `text`, or why not: over `maxBytes` (text need not come from a file), or not JSON. */
export function parseJsonText(
  text: string,
  maxBytes: number,
  messages: JsonFileMessages,
): FileRead<unknown> {
  if (overCap(text, maxBytes)) return fail(messages.tooBig());
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
