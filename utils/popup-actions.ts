import { clearBadge } from './deliver-nudge';
import { fillPartner } from './fill-partner';
import { appendHistory, historyFields, type HistoryAction } from './history';
import { HOUR, MINUTE } from './local-time';
import { nudges } from './nudges';
import { pickNudge } from './pick-nudge';
import { recentActivity } from './recent-activity';
import {
  loadPreferences,
  pendingNudgeStorage,
  snoozedUntilStorage,
  type PendingNudge,
} from './storage';

/** A pending nudge older than this is stale: opening the popup then offers a fresh one. */
const PENDING_FRESH_FOR = 6 * HOUR;

async function showFresh(now: number, exclude: readonly string[]): Promise<PendingNudge | null> {
  const [prefs, recent] = await Promise.all([loadPreferences(), recentActivity(now)]);
  const nudge = pickNudge({
    library: nudges,
    enabled: prefs.categories,
    recentIds: recent.recentIds,
    exclude,
    random: Math.random,
  });
  if (!nudge) return null;
  const pending: PendingNudge = {
    ...fillPartner(nudge, prefs.partnerName),
    shownAt: now,
    delivery: 'manual',
  };
  await pendingNudgeStorage.setValue(pending);
  await appendHistory({ at: now, ...historyFields(pending), action: 'shown', delivery: 'manual' });
  return pending;
}

/** The nudge the popup shows: the one waiting, or a fresh one when none is. */
export async function openNudge(now: number): Promise<PendingNudge | null> {
  void clearBadge().catch(() => undefined);
  const pending = await pendingNudgeStorage.getValue();
  if (pending && now - pending.shownAt < PENDING_FRESH_FOR) return pending;
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
  await pendingNudgeStorage.setValue(null);
}

/** "Not now": the next nudge comes after `minutes` (the worker re-arms on this change). */
export async function snooze(nudge: PendingNudge, minutes: number, now: number): Promise<void> {
  await recordAction(nudge, 'snoozed', now);
  await pendingNudgeStorage.setValue(null);
  await snoozedUntilStorage.setValue(now + minutes * MINUTE);
}

/** "Another idea": a different nudge, never the one on screen. */
export async function anotherIdea(nudge: PendingNudge, now: number): Promise<PendingNudge | null> {
  await recordAction(nudge, 'another', now);
  return showFresh(now, [nudge.id]);
}
