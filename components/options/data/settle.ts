import { preferencesStorage } from '@/utils/storage/storage';

/**
 * Runs `change`, then waits until the settings change it made has reached this page's
 * listeners (or `waitMs`, when the settings were already the same), so the page's fields,
 * which keep drafts, are rebuilt from the new settings and not the old ones.
 */
export async function afterSettingsSettle<T>(change: () => Promise<T>, waitMs = 500): Promise<T> {
  let stop = (): void => undefined;
  const seen = new Promise<void>((resolve) => {
    stop = preferencesStorage.watch(() => resolve());
  });
  try {
    const result = await change();
    await Promise.race([seen, new Promise((resolve) => setTimeout(resolve, waitMs))]);
    return result;
  } finally {
    stop();
  }
}
