import { browser } from 'wxt/browser';

/**
 * Fills a page's static markup before its first frame, and says its language (as
 * localize-page.ts does, for screen readers' voices): `data-i18n` names the message of an
 * element's words, `data-i18n-label` of its `aria-label`; `data-glance-state` gets the message
 * `state` names ('' for none), and the link to the section the hash names is marked current.
 * Words go in as text, never as markup.
 */
export function fillPage(root: Document, hash: string, state: string): void {
  // Names come from the markup, not from the generated list of message names.
  const words = browser.i18n.getMessage as (name: string) => string;
  root.documentElement.lang = words('common_lang');
  for (const e of root.querySelectorAll<HTMLElement>('[data-i18n]'))
    e.textContent = words(e.dataset.i18n!);
  for (const e of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    e.setAttribute('aria-label', words(e.dataset.i18nLabel!));
  for (const e of root.querySelectorAll('[data-glance-state]'))
    e.textContent = state && words(state);
  for (const a of root.querySelectorAll('nav a'))
    if (a.getAttribute('href') === hash) a.setAttribute('aria-current', 'location');
}
