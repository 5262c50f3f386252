import { clearBadge } from '../delivery/badge';
import { clearNudgeNotifications } from '../delivery/nudge-notification';
import { pendingNudgeStorage } from '../storage/storage';
import type { PendingNudge } from '../library/shown-nudge';
import { recordAction } from './popup-actions';
import { popupOnDemand } from './on-demand';
import { isFresh } from './popup-url';

// Apart from popup-actions.ts because the worker imports that file: a dynamic import() in the
// worker's module graph makes the bundler wrap every module of it in a lazy initialiser.

/**
 * The nudge the popup shows: the one waiting, else `ready` (the idea drawn ahead, painted
 * from localStorage), else a fresh one. The library loads only when one is needed; either
 * way the next popup opened by hand gets an idea drawn ahead (utils/popup/prepare-ready-idea).
 */
export async function openNudge(
  now: number,
  ready: PendingNudge | null = null,
): Promise<PendingNudge | null> {
  // The popup shows the waiting nudge now: the badge and a notification would say it again.
  void clearBadge().catch(() => undefined);
  void clearNudgeNotifications(null).catch(() => undefined);
  const pending = await pendingNudgeStorage.getValue();
  const parts = popupOnDemand();
  if (pending && isFresh(pending, now)) {
    void parts.then((p) => p.prepareReadyIdea(now, pending.id)).catch(() => undefined);
    return pending;
  }
  return (await parts).showInPopupByHand(now, ready, pending);
}

/**
 * "Another idea": a different nudge, never the one on screen. In an older window, where a
 * newer nudge waits, that newer one (not yet seen here) is the other idea: it is not drawn over.
 */
export async function anotherIdea(nudge: PendingNudge, now: number): Promise<PendingNudge | null> {
  await recordAction(nudge, 'another', now);
  return (await popupOnDemand()).drawNudgeForPopup(now, [nudge.id], nudge);
}
