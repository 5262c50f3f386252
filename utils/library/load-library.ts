import { browser } from 'wxt/browser';
import { defineLibrary, type LibraryRows } from './library-rows';
import type { NudgeEntry } from './nudge';

/** Where the build puts the library's codes (modules/content): a file, not JavaScript. */
export const LIBRARY_PATH = '/library.json';

// Derived from a shipped file, never state of record: safe to keep while the page or worker lives.
let loading: Promise<NudgeEntry[]> | undefined;

/**
 * The library (ids, kinds and traits; the words are in the locale files), read from the
 * extension's own library.json once per page or worker. Rejects when the file cannot be read,
 * and the next call tries again.
 */
export function loadLibrary(): Promise<NudgeEntry[]> {
  if (loading) return loading;
  const attempt = fetch(browser.runtime.getURL(LIBRARY_PATH))
    .then((response) => {
      if (!response.ok) throw new Error(`${LIBRARY_PATH}: ${response.status}`);
      return response.json() as Promise<LibraryRows>;
    })
    .then(defineLibrary);
  loading = attempt;
  attempt.catch(() => {
    if (loading === attempt) loading = undefined;
  });
  return attempt;
}
