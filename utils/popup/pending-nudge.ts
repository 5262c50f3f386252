import { browser } from 'wxt/browser';
import { popupPath } from './popup-url';
import type { PendingNudge } from '../library/shown-nudge';
import { pendingNudgeStorage } from '../storage/storage';
import { clearNudgeNotifications } from '../delivery/nudge-notification';

/**
 * Stores the nudge waiting in the popup (or clears it) and points the toolbar popup at it,
 * so the popup paints it from its URL without waiting for storage. A notification for any
 * other nudge goes: its buttons would act on a nudge no longer waiting.
 */
export async function savePendingNudge(pending: PendingNudge | null): Promise<void> {
  await pendingNudgeStorage.setValue(pending);
  await browser.action.setPopup({ popup: popupPath(pending) });
  await clearNudgeNotifications(pending).catch(() => undefined);
}

/** Whether two nudges are the same showing of the same nudge. */
export const sameShowing = (
  a: Pick<PendingNudge, 'id' | 'shownAt'>,
  b: Pick<PendingNudge, 'id' | 'shownAt'>,
): boolean => a.id === b.id && a.shownAt === b.shownAt;

/**
 * Lets `nudge` go once it is dealt with, if it is still the one waiting: a window showing
 * an older nudge must not clear a newer one.
 */
export async function letGoOf(nudge: PendingNudge): Promise<void> {
  const pending = await pendingNudgeStorage.getValue();
  if (pending && sameShowing(pending, nudge)) await savePendingNudge(null);
}

/** The browser may forget the popup URL on restart or update: set it again from storage. */
export async function restorePopupPath(): Promise<void> {
  await browser.action.setPopup({ popup: popupPath(await pendingNudgeStorage.getValue()) });
}
