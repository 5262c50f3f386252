import { browser } from 'wxt/browser';
import type { PendingNudge } from '../library/shown-nudge';
import { POPUP_SHOWN_KEY, popupShownStorage } from '../storage/storage';

type NudgeKey = Pick<PendingNudge, 'id' | 'shownAt'>;

/** A nudge delivered longer ago than this gets no mark: no worker is still looking for one. */
export const MARK_WITHIN_MS = 10_000;

/**
 * The popup page says, once it has painted a waiting nudge, that it was on screen. In
 * storage, not a message: the worker may have stopped, or be waiting, when it arrives.
 */
export function markPopupShown({ id, shownAt }: NudgeKey, now: number): Promise<void> {
  // Only the worker that just delivered it looks for the mark; for an older nudge (the popup
  // opened by hand later) the write would only wake a sleeping worker for nothing.
  if (now - shownAt > MARK_WITHIN_MS) return Promise.resolve();
  // Written as popupShownStorage stores it (version 1: no version mark), in fewer bytes.
  const mark: NudgeKey = { id, shownAt };
  return browser.storage.local.set({ [POPUP_SHOWN_KEY]: mark }).catch(() => undefined);
}

/** How long the worker looks for that mark once openPopup() rejected: 8 looks, 75 ms apart. */
export const POPUP_MARK_LOOKS = 8;
const LOOK_EVERY_MS = 75;

/**
 * Whether the popup painted this nudge. Chromium's openPopup() rejects when the popup closes
 * again at once (it lost focus), though it was on screen: the page's own word decides. The
 * mark may land a moment after the rejection, so this looks again for a short, bounded while.
 */
export async function popupWasShown(
  { id, shownAt }: NudgeKey,
  looks: number = POPUP_MARK_LOOKS,
): Promise<boolean> {
  for (let look = 0; ; look++) {
    const mark = await popupShownStorage.getValue().catch(() => null);
    if (mark?.id === id && mark.shownAt === shownAt) return true;
    if (look >= looks) return false;
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
  }
}
