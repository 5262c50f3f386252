import { browser, type PublicPath } from 'wxt/browser';
import { defineLibrary, type LibraryFile } from './library-rows';
import type { NudgeEntry } from './nudge';

/** Where the build puts the library's codes (modules/content): a file, not JavaScript. */
export const LIBRARY_PATH = '/library.json';

/** One of the extension's own JSON files (never the network): rejects when it cannot be read. */
export const readShippedJson = <T>(path: string): Promise<T> =>
  fetch(browser.runtime.getURL(path as PublicPath)).then(
    (response) => response.json() as Promise<T>,
  );

// Derived from a shipped file, never state of record: safe to keep while the page or worker lives.
let loading: Promise<NudgeEntry[]> | undefined;

/**
 * The library (ids, kinds and traits; the words are in the locale files), read from the
 * extension's own library.json once per page or worker. Rejects when the file cannot be read,
 * and the next call tries again.
 */
export function loadLibrary(): Promise<NudgeEntry[]> {
  // A missing or spoilt file is no JSON, or not the library's: that rejects too.
  return (loading ??= readShippedJson<LibraryFile>(LIBRARY_PATH)
    .then(defineLibrary)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
