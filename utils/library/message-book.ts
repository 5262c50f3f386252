import { readShippedJson } from './load-library';

/** Where the build puts a language's messages to send: a file, not JavaScript. */
export const messageBookPath = (lang: string): string => `/messages/${lang}.json`;

/**
 * The messages to send in one language, by nudge id, and the word that stands for the partner
 * in them when no name is given ("love", "mi amor").
 */
export interface MessageBook {
  /** The book's language, as `<html lang>` says it: `es`. */
  lang: string;
  fallback: string;
  byId: Readonly<Record<string, string>>;
}

/**
 * The messages to send in `lang`, read from the extension's own file; null for `same` (the
 * messages then come in the pages' language, as every other word), and null when the file
 * cannot be read, so a nudge still comes, its message in the pages' language. Read for each
 * draw, never kept: it is a small local file, and the worker keeps nothing between events.
 */
export const loadMessageBook = (lang: string): Promise<MessageBook | null> =>
  lang === 'same'
    ? Promise.resolve(null)
    : readShippedJson<MessageBook>(messageBookPath(lang)).catch(() => null);
