import { browser } from 'wxt/browser';
import { isFresh, popupPath } from './popup-url';
import type { PendingNudge } from '../library/shown-nudge';
import { pendingNudgeStorage } from '../storage/storage';
import { clearNudgeNotifications } from '../delivery/nudge-notification';
import { withLock } from '../delivery/with-lock';

/** Every change of the waiting nudge, from the worker or any popup, is made holding this. */
const PENDING_LOCK = 'still-us:pending-nudge';

/**
 * Stores the nudge waiting in the popup (or clears it) and points the toolbar popup at it,
 * so the popup paints it from its URL without waiting for storage. A notification for any
 * other nudge goes: its buttons would act on a nudge no longer waiting. Callers hold the lock.
 */
async function write(pending: PendingNudge | null): Promise<void> {
  await pendingNudgeStorage.setValue(pending);
  await browser.action.setPopup({ popup: popupPath(pending) });
  await clearNudgeNotifications(pending).catch(() => undefined);
}

/** Makes `pending` the waiting nudge (or none), whatever waited before: the worker's way. */
export function savePendingNudge(pending: PendingNudge | null): Promise<void> {
  return withLock(PENDING_LOCK, () => write(pending));
}

/** Whether two nudges are the same showing of the same nudge. */
export const sameShowing = (
  a: Pick<PendingNudge, 'id' | 'shownAt'>,
  b: Pick<PendingNudge, 'id' | 'shownAt'>,
): boolean => a.id === b.id && a.shownAt === b.shownAt;

/**
 * Puts `next` in the place of `replacing` (the nudge a window shows, or the none or stale one
 * the popup found) and returns it; but when another fresh nudge waits there by now (the worker
 * brought it), that one is kept and returned. Read and write hold one lock: a check made
 * before drawing `next` would miss a nudge that came meanwhile.
 */
export function replacePendingNudge(
  next: PendingNudge,
  replacing: PendingNudge | null,
  now: number,
): Promise<PendingNudge> {
  return withLock(PENDING_LOCK, async () => {
    const waiting = await pendingNudgeStorage.getValue();
    const newer =
      waiting && isFresh(waiting, now) && !(replacing && sameShowing(waiting, replacing));
    if (newer) return waiting;
    await write(next);
    return next;
  });
}

/**
 * Lets `nudge` go once it is dealt with, if it is still the one waiting: a window showing
 * an older nudge must not clear a newer one.
 */
export function letGoOf(nudge: PendingNudge): Promise<void> {
  return withLock(PENDING_LOCK, async () => {
    const pending = await pendingNudgeStorage.getValue();
    if (pending && sameShowing(pending, nudge)) await write(null);
  });
}

/** The browser may forget the popup URL on restart or update: set it again from storage. */
export async function restorePopupPath(): Promise<void> {
  await browser.action.setPopup({ popup: popupPath(await pendingNudgeStorage.getValue()) });
}
