import { browser } from 'wxt/browser';
import type { Preferences } from './preferences';
import { loadPreferences } from './preferences-store';
import { loadPickState, roughDayAt, type PickState } from './pick-state';
import { recentActivity, type RecentActivity } from './recent-activity';
import { nextNudgeTime, type ScheduleState } from './schedule';
import { snoozedUntilStorage } from './storage';

export const NUDGE_ALARM = 'next-nudge';

/** Everything the schedule and the picker read, gathered in one go. */
export type NudgeState = ScheduleState & RecentActivity & { prefs: Preferences; pick: PickState };

/** Reads preferences, snooze, the picker's state and recent history together, once per alarm. */
export async function loadNudgeState(now: number): Promise<NudgeState> {
  const [prefs, snoozedUntil, pick, recent] = await Promise.all([
    loadPreferences(),
    snoozedUntilStorage.getValue(),
    loadPickState(),
    recentActivity(now),
  ]);
  return { prefs, snoozedUntil, pick, roughDay: roughDayAt(pick.energy, now), ...recent };
}

/** Arms the next nudge from state already read. Returns the time armed, or null for none. */
export async function armFrom(state: ScheduleState, now: number): Promise<number | null> {
  const when = nextNudgeTime(state, now, Math.random);
  if (when === null) {
    await browser.alarms.clear(NUDGE_ALARM);
    return null;
  }
  await browser.alarms.create(NUDGE_ALARM, { when });
  return when;
}

/**
 * Makes sure the next nudge is armed. Without `force`, an existing alarm is left alone:
 * re-creating it at every worker start would push it forward forever. With `force`
 * (preferences or snooze changed) it is computed afresh.
 */
export async function armNextNudge(now: number, force: boolean): Promise<number | null> {
  if (!force) {
    const existing = await browser.alarms.get(NUDGE_ALARM);
    if (existing) return existing.scheduledTime;
  }
  return armFrom(await loadNudgeState(now), now);
}
