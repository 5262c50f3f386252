import { browser } from 'wxt/browser';
import { recentActivity } from './recent-activity';
import { nextNudgeTime } from './schedule';
import { loadPreferences } from './preferences-store';
import { snoozedUntilStorage } from './storage';

export const NUDGE_ALARM = 'next-nudge';

/**
 * Makes sure the next nudge is armed. Without `force`, an existing alarm is left alone:
 * re-creating it at every worker start would push it forward forever. With `force`
 * (preferences or snooze changed, or a nudge was just handled) it is computed afresh.
 * `justShown` counts a nudge being shown now that history does not hold yet.
 * Returns the time armed, or null when nothing can be scheduled.
 */
export async function armNextNudge(
  now: number,
  force: boolean,
  justShown?: number,
): Promise<number | null> {
  if (!force) {
    const existing = await browser.alarms.get(NUDGE_ALARM);
    if (existing) return existing.scheduledTime;
  }
  const [prefs, snoozedUntil, recent] = await Promise.all([
    loadPreferences(),
    snoozedUntilStorage.getValue(),
    recentActivity(now),
  ]);
  const shownTimes =
    justShown === undefined ? recent.shownTimes : [...recent.shownTimes, justShown];
  const when = nextNudgeTime({ prefs, snoozedUntil, shownTimes }, now, Math.random);
  if (when === null) {
    await browser.alarms.clear(NUDGE_ALARM);
    return null;
  }
  await browser.alarms.create(NUDGE_ALARM, { when });
  return when;
}
