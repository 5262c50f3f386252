import { preferencesStorage } from '../storage/storage';
import { applyTheme, readTheme, rememberTheme } from './theme';

/** The theme in stored preferences of any shape (old ones have none: "match the device"). */
const themeOf = (prefs: unknown): unknown =>
  typeof prefs === 'object' && prefs !== null ? (prefs as { theme?: unknown }).theme : undefined;

/**
 * Applies the synced theme choice once it is read, and every time it changes (here, in
 * another page, or on another device through browser sync), and keeps this device's copy
 * (utils/ui/theme.ts) in step, so the next page opened paints right at once. Returns the way
 * to stop following.
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
  });
  return () => {
    stale = true;
    unwatch();
  };
}
