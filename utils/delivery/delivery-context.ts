import { browser } from 'wxt/browser';
import type { DeliveryContext } from '../schedule/hold-rules';

/** No input for this long (seconds) counts as away. Reading a long page is not away. */
export const AWAY_AFTER_SECONDS = 5 * 60;

/**
 * Asks the browser about the moment: away or locked, a fullscreen window, the active tab.
 * Each question that fails (an API missing or refused) answers "nothing in the way", so a
 * broken signal never holds nudges back for good.
 */
export async function readDeliveryContext(): Promise<DeliveryContext> {
  const [idle, focused, tabs] = await Promise.all([
    ask(() => browser.idle.queryState(AWAY_AFTER_SECONDS), 'active' as const),
    ask(() => browser.windows.getLastFocused(), null),
    ask(() => browser.tabs.query({ active: true, lastFocusedWindow: true }), []),
  ]);
  return { idle, fullscreen: focused?.state === 'fullscreen', activeTab: tabs[0] ?? null };
}

/** The answer, or `fallback` when the API is missing, throws or rejects. */
async function ask<T, F>(question: () => Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await question();
  } catch {
    return fallback;
  }
}
