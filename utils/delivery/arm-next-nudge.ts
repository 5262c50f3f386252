import { browser } from 'wxt/browser';
import type { Preferences } from '../storage/preferences';
import { loadPreferences } from '../storage/preferences-store';
import { loadPickState, roughDayAt, type PickState } from '../storage/pick-state';
import { recentActivity, type RecentActivity } from '../history/recent-activity';
import { nextNudgeTime, type ScheduleState } from '../schedule/next-nudge-time';
import { MINUTE } from '../time/local-time';
import { nextNudgeAtStorage, snoozedUntilStorage } from '../storage/storage';

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
  // Kept in storage too: browsers drop alarms on update (Chrome) or restart (Firefox).
  await nextNudgeAtStorage.setValue(when);
  if (when === null) {
    await browser.alarms.clear(NUDGE_ALARM);
    return null;
  }
  await browser.alarms.create(NUDGE_ALARM, { when });
  return when;
}

/** A nudge missed while the browser was closed comes this soon after it starts: just one. */
export const CATCH_UP_AFTER = MINUTE;

/**
 * Makes sure the next nudge is armed. Without `force`, an existing alarm is left alone:
 * re-creating it at every worker start would push it forward forever; a dropped one comes
 * back at its stored time. With `force` (preferences or snooze changed) it is computed afresh.
 */
export async function armNextNudge(now: number, force: boolean): Promise<number | null> {
  if (!force) {
    const existing = await browser.alarms.get(NUDGE_ALARM);
    if (existing) return existing.scheduledTime;
    // The browser dropped the alarm: put back the same time, or one catch-up if it passed.
    const stored = await nextNudgeAtStorage.getValue();
    if (stored !== null) {
      const when = Math.max(stored, now + CATCH_UP_AFTER);
      await browser.alarms.create(NUDGE_ALARM, { when });
      return when;
    }
  }
  return armFrom(await loadNudgeState(now), now);
}
