import { browser } from 'wxt/browser';

/**
 * Fills a page's static markup before its first frame: `data-i18n` names the message of an
 * element's words, `data-i18n-label` of its `aria-label`, `data-glance-state` the message `state` names (none: ''),
 * and the link to the section the hash names is marked current. Words go in as text, never
 * as markup.
 */
export function fillPage(root: ParentNode, hash: string, state: string): void {
  // Names come from the markup, not from the generated list of message names.
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  const words = (name = ''): string => getMessage(name);
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((e) => {
    e.textContent = words(e.dataset.i18n);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((e) => {
    e.setAttribute('aria-label', words(e.dataset.i18nLabel));
  });
  root.querySelectorAll('[data-glance-state]').forEach((e) => {
    e.textContent = state && words(state);
  });
  root.querySelectorAll('nav a').forEach((a) => {
    if (a.getAttribute('href') === hash) a.setAttribute('aria-current', 'location');
  });
}
