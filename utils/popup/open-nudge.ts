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
 * A fresh nudge in the place of `replacing`, or a newer one waiting by then. The library loads
 * only when a fresh nudge is needed, keeping the popup's first paint light.
 */
async function showFresh(
  now: number,
  exclude: readonly string[],
  replacing: PendingNudge | null,
): Promise<PendingNudge | null> {
  return (await popupOnDemand()).drawNudgeForPopup(now, exclude, replacing);
}

/** The nudge the popup shows: the one waiting, or a fresh one when none is. */
export async function openNudge(now: number): Promise<PendingNudge | null> {
  // The popup shows the waiting nudge now: the badge and a notification would say it again.
  void clearBadge().catch(() => undefined);
  void clearNudgeNotifications(null).catch(() => undefined);
  const pending = await pendingNudgeStorage.getValue();
  if (pending && isFresh(pending, now)) return pending;
  return showFresh(now, [], pending);
}

/**
 * "Another idea": a different nudge, never the one on screen. In an older window, where a
 * newer nudge waits, that newer one (not yet seen here) is the other idea: it is not drawn over.
 */
export async function anotherIdea(nudge: PendingNudge, now: number): Promise<PendingNudge | null> {
  await recordAction(nudge, 'another', now);
  return showFresh(now, [nudge.id], nudge);
}
