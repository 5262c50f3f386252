import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIBRARY_PATH } from '@/utils/library/load-library';
import { libraryJson } from './library';

/**
 * Answers fetch for the extension's library.json as the browser would from the build, and
 * leaves every other fetch alone. A test may still spy on fetch to make it fail.
 */
export function serveLibrary(): void {
  const fetchElse = globalThis.fetch;
  globalThis.fetch = async (input, init) =>
    String(input) === fakeBrowser.runtime.getURL(LIBRARY_PATH)
      ? new Response(libraryJson)
      : fetchElse(input, init);
}
