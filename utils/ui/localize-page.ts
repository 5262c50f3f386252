import { message } from '../platform/message';

/**
 * Tells a page which language its words are in (screen readers pick their voice by it) and,
 * when given, sets its title. Browsers fill `__MSG_…__` in the manifest and CSS only, never
 * in HTML, so pages do this from script before their first render.
 */
export function localizePage(title?: string, doc: Document = document): void {
  // The language of the messages actually shown (Spanish, or English as the fallback),
  // not the browser's: a French browser gets English words, so `lang` must say English.
  // Set only when it differs: the popup runs this before its first frame, and a change of
  // `lang` restyles the whole page.
  const lang = message('common.lang');
  if (doc.documentElement.lang !== lang) doc.documentElement.lang = lang;
  if (title !== undefined) doc.title = title;
}
