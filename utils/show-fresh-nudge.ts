import { fillPartner, type FilledNudge } from './fill-partner';
import { appendHistory, historyFields } from './history';
import { withText } from './nudge-text';
import { library } from './nudges';
import { pickNudge } from './pick-nudge';
import type { Preferences } from './preferences';
import { recentActivity } from './recent-activity';
import { loadPreferences } from './preferences-store';
import { savePendingNudge } from './pending-nudge';
import type { PendingNudge } from './storage';

/** Picks a nudge the person has not seen lately from the kinds they have on, name filled in. */
export function chooseNudge(
  prefs: Pick<Preferences, 'categories' | 'partnerName'>,
  recentIds: readonly string[],
  exclude: readonly string[] = [],
): FilledNudge | null {
  const entry = pickNudge({
    library,
    enabled: prefs.categories,
    recentIds,
    exclude,
    random: Math.random,
  });
  const nudge = entry && withText(entry);
  return nudge && fillPartner(nudge, prefs.partnerName);
}

/**
 * Shows a fresh nudge in the popup (opened by hand, or "Another idea"): stores it as pending
 * and records it. Kept apart so the popup loads the library only when it needs one.
 */
export async function showFreshNudge(
  now: number,
  exclude: readonly string[],
): Promise<PendingNudge | null> {
  const [prefs, recent] = await Promise.all([loadPreferences(), recentActivity(now)]);
  const filled = chooseNudge(prefs, recent.recentIds, exclude);
  if (!filled) return null;
  const pending: PendingNudge = { ...filled, shownAt: now, delivery: 'manual' };
  await savePendingNudge(pending);
  await appendHistory({ at: now, ...historyFields(pending), action: 'shown', delivery: 'manual' });
  return pending;
}
