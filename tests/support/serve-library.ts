import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageBook } from '@/modules/content/messages';
import { kindsWithFiles, readContent } from '@/modules/content/read-content';
import { LIBRARY_PATH } from '@/utils/library/load-library';
import { messageBookPath } from '@/utils/library/message-book';
import { languages } from '@/utils/platform/languages';
import { localeMessages } from '../i18n/get-message';
import { libraryJson } from './library';

/** Each language's messages/<lang>.json, as modules/content writes it into the build. */
const books = Object.fromEntries(
  await Promise.all(
    languages.map(async (lang) => {
      const records = readContent(kindsWithFiles()).records;
      const book = messageBook(records, lang, await localeMessages(`locales/${lang}.yml`));
      return [messageBookPath(lang), JSON.stringify(book)] as const;
    }),
  ),
);

/**
 * Answers fetch for the extension's library.json and messages/<lang>.json as the browser would
 * from the build, and leaves every other fetch alone. A test may still spy on fetch to make it
 * fail.
 */
export function serveLibrary(): void {
  const fetchElse = globalThis.fetch;
  const shipped = new Map([
    [fakeBrowser.runtime.getURL(LIBRARY_PATH), libraryJson],
    ...Object.entries(books).map(
      ([path, json]) => [fakeBrowser.runtime.getURL(path as '/library.json'), json] as const,
    ),
  ]);
  globalThis.fetch = async (input, init) => {
    const file = shipped.get(String(input));
    return file === undefined ? fetchElse(input, init) : new Response(file);
  };
}
