import { clearBadge } from './deliver-nudge';
import { appendHistory, historyFields, type HistoryAction } from './history';
import { MINUTE } from './local-time';
import { savePendingNudge } from './pending-nudge';
import { isFresh } from './popup-url';
import { pendingNudgeStorage, snoozedUntilStorage, type PendingNudge } from './storage';

/** The library loads only when a fresh nudge is needed, keeping the popup's first paint light. */
async function showFresh(now: number, exclude: readonly string[]): Promise<PendingNudge | null> {
  const { showFreshNudge } = await import('./show-fresh-nudge');
  return showFreshNudge(now, exclude);
}

/** The nudge the popup shows: the one waiting, or a fresh one when none is. */
export async function openNudge(now: number): Promise<PendingNudge | null> {
  void clearBadge().catch(() => undefined);
  const pending = await pendingNudgeStorage.getValue();
  if (pending && isFresh(pending, now)) return pending;
  return showFresh(now, []);
}

export async function recordAction(
  nudge: PendingNudge,
  action: HistoryAction,
  now: number,
): Promise<void> {
  await appendHistory({ at: now, ...historyFields(nudge), action });
}

/** "Done": it counts; the popup offers a fresh one next time. */
export async function markDone(nudge: PendingNudge, now: number): Promise<void> {
  await recordAction(nudge, 'done', now);
  await savePendingNudge(null);
}

/** "Not now": the next nudge comes after `minutes` (the worker re-arms on this change). */
export async function snooze(nudge: PendingNudge, minutes: number, now: number): Promise<void> {
  await recordAction(nudge, 'snoozed', now);
  await savePendingNudge(null);
  await snoozedUntilStorage.setValue(now + minutes * MINUTE);
}

/** "Another idea": a different nudge, never the one on screen. */
export async function anotherIdea(nudge: PendingNudge, now: number): Promise<PendingNudge | null> {
  await recordAction(nudge, 'another', now);
  return showFresh(now, [nudge.id]);
}
