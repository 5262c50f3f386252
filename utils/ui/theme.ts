import type { ThemeChoice } from '../storage/preferences-defaults';

/**
 * The theme choice lives in synced preferences, but reading those is async: a page would
 * paint once in the device's colours and then flip. So each device keeps a copy in the
 * extension's localStorage (shared by the popup and every page, read synchronously) and
 * pages apply it before their first paint. utils/ui/follow-theme.ts keeps the copy fresh.
 */
export const THEME_KEY = 'still-us:theme';

/** Only 'light' and 'dark' are kept; anything else (nothing, junk) means "match the device". */
export function readTheme(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Sets `data-theme` on <html>; theme.css gives it priority over the device's colour scheme. */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Keeps the device's copy in step with the synced choice. Never throws: looks are not worth it. */
export function rememberTheme(
  theme: ThemeChoice,
  store: Pick<Storage, 'setItem' | 'removeItem'> = localStorage,
): void {
  try {
    if (theme === 'system') store.removeItem(THEME_KEY);
    else store.setItem(THEME_KEY, theme);
  } catch {
    // Storage refused (full, or blocked): the page still follows the choice once loaded.
  }
}

/**
 * Synchronous, for a classic script that blocks rendering (popup-paint.js, theme-paint.js):
 * this device's copy applies before the first frame. Nothing stored, or storage refused,
 * leaves the page following the device. Kept lean: the popup's bytes are counted.
 */
export function applyStoredTheme(store: Pick<Storage, 'getItem'> = localStorage): void {
  try {
    const theme = readTheme(store.getItem(THEME_KEY));
    if (theme !== 'system') document.documentElement.dataset.theme = theme;
  } catch {
    // Storage refused: the device's colours, then the synced choice once a page reads it.
  }
}
