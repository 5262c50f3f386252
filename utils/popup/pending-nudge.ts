import { browser } from 'wxt/browser';
import { popupPath } from './popup-url';
import type { PendingNudge } from '../library/shown-nudge';
import { pendingNudgeStorage } from '../storage/storage';

/**
 * Stores the nudge waiting in the popup (or clears it) and points the toolbar popup at it,
 * so the popup paints it from its URL without waiting for storage.
 */
export async function savePendingNudge(pending: PendingNudge | null): Promise<void> {
  await pendingNudgeStorage.setValue(pending);
  await browser.action.setPopup({ popup: popupPath(pending) });
}

/** The browser may forget the popup URL on restart or update: set it again from storage. */
export async function restorePopupPath(): Promise<void> {
  await browser.action.setPopup({ popup: popupPath(await pendingNudgeStorage.getValue()) });
}
