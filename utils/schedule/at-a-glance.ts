import { atLocalTime, MINUTE, parseClock } from '../time/local-time';
import { roundClock } from '../time/round-clock';
import { isQuietAt, quietEndAfter, type QuietRange } from '../time/quiet-hours';
import { pauseInForce } from './next-nudge-time';
import { nextRitual, type RitualPrefs, type RitualsDone } from './rituals';

/** The next nudge is told to the nearest this many minutes: "around", never to the minute. */
export const AROUND_MINUTES = 10;

/**
 * Where the next nudge stands, as the top of the options page tells it: paused (until when),
 * quiet hours now (until when), around a rounded time, in a few minutes, or nothing to tell
 * (none armed: quiet hours leave no time at all, or the worker has not armed one yet).
 */
export type NextNudgeGlance =
  | { kind: 'paused'; until: number }
  | { kind: 'quiet'; until: number }
  | { kind: 'around'; at: number }
  | { kind: 'soon' }
  | { kind: 'none' };

export interface GlanceRules {
  pausedUntil: number | null;
  quietHours: readonly QuietRange[];
}

/**
 * The next nudge at `now`, from the time the worker armed (`armed`, as `nextNudgeAt` keeps
 * it). A pause and quiet hours are said as such: the nudge after them is no news. Within
 * AROUND_MINUTES it is "soon", so the rounded time is never one already gone.
 */
export function nextNudgeGlance(
  rules: GlanceRules,
  armed: number | null,
  now: number,
): NextNudgeGlance {
  // As the schedule reads it: a pause set while the clock ran ahead holds nothing.
  const pausedUntil = pauseInForce(rules.pausedUntil, now);
  if (pausedUntil !== null && pausedUntil > now) return { kind: 'paused', until: pausedUntil };
  const quietUntil = isQuietAt(rules.quietHours, now) && quietEndAfter(rules.quietHours, now);
  if (quietUntil) return { kind: 'quiet', until: quietUntil };
  if (armed === null) return { kind: 'none' };
  if (armed < now + AROUND_MINUTES * MINUTE) return { kind: 'soon' };
  return { kind: 'around', at: roundClock(armed, AROUND_MINUTES) };
}

export type CheckInRules = GlanceRules & Pick<RitualPrefs, 'checkIn' | 'checkInOverQuiet'>;

/**
 * When the daily check-in comes next (null when there is none, or none in the coming week),
 * as the worker arms it: after a pause, and after quiet hours unless it wins over them, never
 * twice a day (`done`). One already in its window is told at its own time, not "now".
 */
export function nextCheckInAt(rules: CheckInRules, done: RitualsDone, now: number): number | null {
  const pausedUntil = pauseInForce(rules.pausedUntil, now);
  const due = nextRitual({ ...rules, pausedUntil, weeklyDate: null }, done, now);
  const minutes = rules.checkIn && parseClock(rules.checkIn.time);
  if (due === null || minutes === null) return null;
  return due.at > now ? due.at : atLocalTime(due.day, minutes);
}
