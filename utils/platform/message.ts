import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

type Messages = GeneratedI18nStructure;
/** Message names of plain text (not plural forms). */
type PlainKey = {
  [K in keyof Messages]: Messages[K]['plural'] extends false ? K : never;
}[keyof Messages];
/** The substitutions a message takes: none, or exactly its count of them. */
type Substitutions<K extends PlainKey> = Messages[K]['substitutions'] extends 0
  ? []
  : [substitutions: readonly (string | number)[]];

/**
 * A plain message in the browser's language, exactly as `i18n.t` reads it, without
 * @wxt-dev/i18n's runtime: the worker reads only such messages (its notification, the badge,
 * the settings checks), and its bundle keeps about 400 bytes this way.
 */
export function message<K extends PlainKey>(key: K, ...[substitutions]: Substitutions<K>): string {
  // The generated types list each name as its own overload; a key checked above is one of them.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const name = key.replaceAll('.', '_');
  return getMessage(name, substitutions?.map(String));
}
