import { browser } from 'wxt/browser';
import { PREFERENCES_NAME as name } from './preferences-key';

/**
 * Whether the stored preferences hold a pause still to come, read straight from storage
 * without the preferences' defaults, migrations and checks (which the popup loads only when
 * this says yes: preferencesStorage then reads the pause properly). Never throws.
 */
export async function mayBePaused(now: number): Promise<boolean> {
  try {
    const stored: Record<string, unknown> = await browser.storage.sync.get(name);
    const prefs = stored[name];
    const until =
      typeof prefs === 'object' && prefs !== null && 'pausedUntil' in prefs
        ? prefs.pausedUntil
        : null;
    return typeof until === 'number' && until > now;
  } catch {
    return false;
  }
}
