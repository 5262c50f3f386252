import { browser } from 'wxt/browser';
import type { Nudge, NudgeEntry } from './nudge';

/** Reads one message from the extension's locale files; '' when there is none. */
export type GetMessage = (key: string) => string;

// The generated types list message names as literals; nudge names are built from ids.
export const fromLocales: GetMessage = (key) =>
  (browser.i18n.getMessage as (name: string) => string)(key);

/**
 * The message name of a nudge's text or message: Chrome allows only letters, digits and "_".
 * The build names the messages it makes from content/nudges/ with this (modules/content).
 */
export function nudgeMessageKey(id: string, part: 'text' | 'message'): string {
  return `nudge_${id.replaceAll('-', '_')}_${part}`;
}

/**
 * A library nudge with its words, read through browser.i18n (synchronous, no network, no
 * text in the worker's bundle). Null when the `_locales` messages have no text for it.
 */
export function withText(entry: NudgeEntry, getMessage: GetMessage = fromLocales): Nudge | null {
  const text = getMessage(nudgeMessageKey(entry.id, 'text'));
  if (text === '') return null;
  const message = getMessage(nudgeMessageKey(entry.id, 'message'));
  return { ...entry, text, ...(message !== '' && { message }) };
}
