import { atLocalTime, HOUR, MINUTE, parseClock, startOfLocalDay } from '../time/local-time';
import { isQuietAt, quietEndAfter, type QuietRange } from '../time/quiet-hours';
import type { Ritual } from '../library/shown-nudge';

/** A ritual the person set: a local time ("HH:MM") on some days of the week (0 is Sunday). */
export interface RitualTime {
  days: number[];
  time: string;
  /**
   * When the person set it (epoch ms): a time already past then never counts as missed, so
   * turning a ritual on in its window (or changing it, or restoring a backup: see
   * utils/backup/backup.ts) does not bring it at once. One later than now is read as now
   * (nextRitualAt), so a clock that ran ahead never switches a ritual off.
   */
  since?: number;
}

/** A ritual missed at its time (browser closed, away, quiet) still comes within this long. */
export const RITUAL_WINDOW = 2 * HOUR;

export interface RitualRules {
  quietHours: readonly QuietRange[];
  /** Already bounded to what a person can set (see boundedState). */
  pausedUntil: number | null;
  /** The person chose this ritual over quiet hours: it comes inside them too. */
  overQuiet: boolean;
}

/** When a ritual comes, and the local day it belongs to (marked so it comes once that day). */
export interface RitualDue {
  at: number;
  day: number;
}

/**
 * The ritual's next moment at or after `from`: the first of its times whose two-hour window
 * is not over and whose day it has not come on yet (`lastDay`, the start of that local day),
 * at the first moment in that window neither paused nor quiet (unless it wins over quiet
 * hours). So a missed one comes once while its window lasts and never piles up: after that
 * it waits for its next day. Null when none can come in the coming week.
 */
export function nextRitualAt(
  ritual: RitualTime,
  rules: RitualRules,
  lastDay: number | null,
  from: number,
): RitualDue | null {
  const minutes = parseClock(ritual.time);
  if (minutes === null) return null;
  // From yesterday: a ritual at 23:30 is still in its window at 00:30.
  for (let offset = -1; offset <= 7; offset++) {
    const start = atLocalTime(from, minutes, offset);
    const day = startOfLocalDay(start);
    // Skipped too when it began before it was set (a minute's grace: set at 21:40 for 21:40).
    // Set "after" `from` (a clock that ran ahead, then was put right) reads as set now.
    if (
      !ritual.days.includes(new Date(start).getDay()) ||
      day === lastDay ||
      start < Math.min(ritual.since ?? 0, from) - MINUTE
    )
      continue;
    const end = start + RITUAL_WINDOW;
    let t = Math.max(start, from);
    if (rules.pausedUntil !== null && t < rules.pausedUntil) t = rules.pausedUntil;
    if (!rules.overQuiet && isQuietAt(rules.quietHours, t)) {
      t = quietEndAfter(rules.quietHours, t) ?? end;
    }
    if (t < end) return { at: t, day };
  }
  return null;
}

/** Whether a ritual's time falls inside quiet hours on any of its days (the options page asks which wins). */
export function ritualInQuiet(
  ritual: RitualTime,
  quietHours: readonly QuietRange[],
  now: number,
): boolean {
  const minutes = parseClock(ritual.time);
  if (minutes === null) return false;
  return [0, 1, 2, 3, 4, 5, 6].some((offset) => {
    const start = atLocalTime(now, minutes, offset);
    return ritual.days.includes(new Date(start).getDay()) && isQuietAt(quietHours, start);
  });
}

/** The rituals: the daily check-in and the weekly tiny date. */
export type RitualKind = Ritual;
/** The local day each ritual last came (start of day, epoch ms). */
export type RitualsDone = Partial<Record<RitualKind, number>>;

export interface RitualPrefs {
  checkIn: RitualTime | null;
  checkInOverQuiet: boolean;
  weeklyDate: RitualTime | null;
  quietHours: readonly QuietRange[];
  /** Already bounded (see boundedState). */
  pausedUntil: number | null;
}

/** The ritual that comes first from `from` on, or null when none is set (or can come). */
export function nextRitual(
  prefs: RitualPrefs,
  done: RitualsDone,
  from: number,
): (RitualDue & { kind: RitualKind }) | null {
  const set: [RitualKind, RitualTime | null, boolean][] = [
    ['check-in', prefs.checkIn, prefs.checkInOverQuiet],
    ['date', prefs.weeklyDate, false],
  ];
  let first: (RitualDue & { kind: RitualKind }) | null = null;
  for (const [kind, time, overQuiet] of set) {
    const due = time && nextRitualAt(time, { ...prefs, overQuiet }, done[kind] ?? null, from);
    if (due && (!first || due.at < first.at)) first = { ...due, kind };
  }
  return first;
}
