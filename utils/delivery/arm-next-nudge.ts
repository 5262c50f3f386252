import { browser } from 'wxt/browser';
import type { Preferences } from '../storage/preferences';
import { loadPreferences } from '../storage/preferences-store';
import { loadPickState, roughDayAt, type PickState } from '../storage/pick-state';
import { recentActivity, type RecentActivity } from '../history/recent-activity';
import { nextNudgeTime, scheduleReach, type ScheduleState } from '../schedule/next-nudge-time';
import { HOLD_CHECK_EVERY } from '../schedule/hold-rules';
import { MINUTE } from '../time/local-time';
import { seasonAt } from '../time/season';
import {
  heldNudgeStorage,
  nextNudgeAtStorage,
  pendingNudgeStorage,
  snoozedUntilStorage,
} from '../storage/storage';
import { readOrFallback } from '../storage/stored-item';
import { armRituals } from './rituals';

export const NUDGE_ALARM = 'next-nudge';
/** While a nudge is held, this alarm looks at the moment again (instead of NUDGE_ALARM). */
export const HOLD_ALARM = 'held-nudge';

/** Everything the schedule and the picker read, gathered in one go. */
export type NudgeState = ScheduleState & RecentActivity & { prefs: Preferences; pick: PickState };

/**
 * History, or (when IndexedDB refuses, say on a damaged profile) what the waiting nudge
 * still tells: when the last one came. Then the gap and the interval still hold.
 */
async function recentOrPending(now: number): Promise<RecentActivity> {
  try {
    return await recentActivity(now);
  } catch {
    const pending = await readOrFallback(pendingNudgeStorage);
    const scheduled = pending !== null && pending.delivery !== 'manual';
    return { shownTimes: scheduled ? [pending.shownAt] : [], ritualTimes: [] };
  }
}

/** Reads preferences, snooze, the picker's state and recent history together, once per alarm. */
export async function loadNudgeState(now: number): Promise<NudgeState> {
  const [prefs, snoozedUntil, pick, recent] = await Promise.all([
    loadPreferences(),
    readOrFallback(snoozedUntilStorage),
    loadPickState(),
    recentOrPending(now),
  ]);
  // The first six weeks (the fog): half as many nudges, rounded up.
  const fog = seasonAt(prefs.babyDate, now) === 'fog';
  const rules = fog ? { ...prefs, perDay: Math.ceil(prefs.perDay / 2) } : prefs;
  return { prefs: rules, snoozedUntil, pick, roughDay: roughDayAt(pick.energy, now), ...recent };
}

/** Arms the next nudge from state already read. Returns the time armed, or null for none. */
export async function armFrom(state: ScheduleState, now: number): Promise<number | null> {
  const when = nextNudgeTime(state, now, Math.random);
  if (when === null) await browser.alarms.clear(NUDGE_ALARM);
  else await browser.alarms.create(NUDGE_ALARM, { when });
  // Kept in storage too (after the alarm, which matters more): browsers drop alarms on
  // update (Chrome) or restart (Firefox).
  await nextNudgeAtStorage.setValue(when);
  return when;
}

/** A nudge missed while the browser was closed comes this soon after it starts: just one. */
export const CATCH_UP_AFTER = MINUTE;

/** Creates an alarm only when it is missing: re-creating it would push it forward. */
export async function keepAlarm(
  name: string,
  alarm: { when: number } | { periodInMinutes: number },
): Promise<void> {
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, alarm);
}

/**
 * Makes sure the next nudge is armed. Without `force`, an existing alarm is left alone:
 * re-creating it at every worker start would push it forward forever; a dropped one comes
 * back at its stored time. One beyond what the rules can reach (set while the clock ran
 * ahead) is computed afresh, as everything is with `force` (preferences or snooze changed).
 * While a nudge is held, its look stands in for the regular alarm.
 */
export async function armNextNudge(now: number, force: boolean): Promise<number | null> {
  const when = await armNudge(now, force);
  // The rituals keep their own alarm, at the times the person set (nothing to push forward).
  await armRituals(now).catch(() => undefined);
  return when;
}

async function armNudge(now: number, force: boolean): Promise<number | null> {
  if (await readOrFallback(heldNudgeStorage)) {
    await keepAlarm(HOLD_ALARM, { when: now + HOLD_CHECK_EVERY });
    await browser.alarms.clear(NUDGE_ALARM);
    return null;
  }
  if (!force) {
    const reach = now + scheduleReach(await loadPreferences());
    const existing = await browser.alarms.get(NUDGE_ALARM);
    if (existing && existing.scheduledTime <= reach) return existing.scheduledTime;
    // The browser dropped the alarm: put back the same time, or one catch-up if it passed.
    const stored = existing ? null : await readOrFallback(nextNudgeAtStorage);
    if (stored !== null && stored <= reach) {
      const when = Math.max(stored, now + CATCH_UP_AFTER);
      await browser.alarms.create(NUDGE_ALARM, { when });
      return when;
    }
  }
  return armFrom(await loadNudgeState(now), now);
}
