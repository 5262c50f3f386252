import { browser } from 'wxt/browser';
import { defineLibrary, type LibraryFile } from './library-rows';
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
  return (loading ??= fetch(browser.runtime.getURL(LIBRARY_PATH))
    // A missing or spoilt file is no JSON, or not the library's: that rejects too.
    .then((response) => response.json() as Promise<LibraryFile>)
    .then(defineLibrary)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
