/** The page's language (set from the UI language), or the browser's own when unset. */
const lang = (): string | undefined => document.documentElement.lang || undefined;

/** 3214 → "3,214" in the page's language. */
export const formatCount = (n: number): string => new Intl.NumberFormat(lang()).format(n);

/** A day, like "10 Jun 2026", in the page's language. */
export const formatDay = (at: number): string =>
  new Intl.DateTimeFormat(lang(), { dateStyle: 'medium' }).format(at);

/** "a, b and c" in the page's language. */
export const formatList = (items: readonly string[]): string =>
  new Intl.ListFormat(lang(), { type: 'conjunction' }).format(items);
