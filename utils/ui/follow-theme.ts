import { preferencesStorage } from '../storage/storage';
import { applyTheme, readTheme, rememberTheme } from './theme';

/** The theme in stored preferences of any shape (old ones have none: "match the device"). */
const themeOf = (prefs: unknown): unknown =>
  typeof prefs === 'object' && prefs !== null ? (prefs as { theme?: unknown }).theme : undefined;

/**
 * Applies the synced theme choice once it is read, and every time it changes (here, in
 * another page, or on another device through browser sync), and keeps this device's copy
 * (utils/ui/theme.ts) in step, so the next page opened paints right at once; a change drops
 * the popup's idea drawn ahead (utils/popup/ready/drop-ready-idea.ts). Returns the way to stop following.
 */
export function followTheme(root: HTMLElement = document.documentElement): () => void {
  // Once a change came (or following stopped), the first read is old news.
  let stale = false;
  const follow = (prefs: unknown): void => {
    const theme = readTheme(themeOf(prefs));
    applyTheme(theme, root);
    rememberTheme(theme);
  };
  void preferencesStorage.getValue().then(
    (prefs) => stale || follow(prefs),
    () => undefined,
  );
  const unwatch = preferencesStorage.watch((prefs) => {
    stale = true;
    follow(prefs);
    // The popup's idea drawn ahead may no longer fit (a name, the kinds): the next one is drawn.
    // READY_IDEA_KEY, written out: importing it reshuffles the shared chunks (+235 bytes gzip);
    // tests/utils/ui/follow-theme.test.ts holds the two equal.
    try {
      localStorage.removeItem('still-us:ready-idea');
    } catch {
      // Storage refused: nothing is read from it either.
    }
  });
  return () => {
    stale = true;
    unwatch();
  };
}
