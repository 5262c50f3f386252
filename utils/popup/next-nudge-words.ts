import { MINUTE } from '../time/local-time';
import { dayFromNow, type DayFromNow } from '../time/day-from-now';
import { nextNudgeAtStorage } from '../storage/storage';

/**
 * When the next nudge comes, as the popup says it after "Not now": in so many minutes when it
 * is within the hour, else the local time it is armed for, today, tomorrow or later.
 */
export type NextNudgeWords = { inMinutes: number } | { at: number; day: DayFromNow };

/** Words for the nudge armed at `armed` (epoch ms), or null when none is armed. */
export function nextNudgeWords(armed: number | null, now: number): NextNudgeWords | null {
  if (armed === null || !Number.isFinite(armed)) return null;
  const minutes = Math.max(1, Math.round((armed - now) / MINUTE));
  if (minutes <= 60) return { inMinutes: minutes };
  return { at: armed, day: dayFromNow(armed, now) };
}

/** How long the popup waits for the worker to re-arm after a snooze. */
export const REARM_WAIT_MS = 3000;

/**
 * The time the worker arms next, from the schedule's own rules (the 30-minute gap, quiet
 * hours, a pause, the day's cap, jitter): what will really happen, not the snooze's length.
 * Start watching before the change that re-arms; null when no re-arm comes in time.
 */
export function nextArmedTime(waitMs: number = REARM_WAIT_MS): Promise<number | null> {
  return new Promise((resolve) => {
    const finish = (when: number | null): void => {
      stop();
      clearTimeout(timer);
      resolve(when);
    };
    const stop = nextNudgeAtStorage.watch(finish);
    const timer = setTimeout(() => finish(null), waitMs);
  });
}
