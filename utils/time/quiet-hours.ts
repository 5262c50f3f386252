import { clockGoesBackBetween, clockReachedAt } from './clock-changes';
import { MINUTE, MINUTES_PER_DAY, minutesOfDay, parseClock } from './local-time';

/**
 * A stretch of local time with no nudges, on some days of the week or every day.
 * `end` before `start` crosses midnight; such a range belongs to the day it starts on,
 * so Friday 22:00–06:00 stays quiet until Saturday 06:00.
 */
export interface QuietRange {
  /** "HH:MM", 24-hour local time. */
  start: string;
  /** "HH:MM", 24-hour local time; the first minute that is no longer quiet. */
  end: string;
  /** Days it starts on, 0 (Sunday) to 6, sorted and unique; absent means every day. */
  days?: readonly number[];
}

const DAYS_PER_WEEK = 7;
const MINUTES_PER_WEEK = DAYS_PER_WEEK * MINUTES_PER_DAY;

function bounds(range: QuietRange): [number, number] | null {
  const start = parseClock(range.start);
  const end = parseClock(range.end);
  return start === null || end === null || start === end ? null : [start, end];
}

const startsOn = (range: QuietRange, weekday: number): boolean =>
  range.days === undefined || range.days.includes(weekday);

/**
 * The same wall time after the clocks went back, when `end` came out before `t`: in the
 * hour that repeats, local time gives its first occurrence, which has already passed.
 */
function notBefore(end: number, t: number): number {
  if (end > t) return end;
  const shift = (new Date(t).getTimezoneOffset() - new Date(end).getTimezoneOffset()) * MINUTE;
  // Never backwards, whatever the zone does.
  return end + shift > t ? end + shift : t + MINUTE;
}

/** When the wall clock reaches the end of the stretch of `range` covering `t`; null if none. */
function clockEnd(range: QuietRange, t: number): number | null {
  const b = bounds(range);
  if (b === null) return null;
  const [start, end] = b;
  const minute = minutesOfDay(t);
  const weekday = new Date(t).getDay();
  const yesterday = (weekday + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK;
  if (start < end) {
    return minute >= start && minute < end && startsOn(range, weekday)
      ? clockReachedAt(t, end)
      : null;
  }
  if (minute >= start && startsOn(range, weekday)) return clockReachedAt(t, end, 1);
  if (minute < end && startsOn(range, yesterday)) return clockReachedAt(t, end);
  return null;
}

/** When the stretch of `range` that covers `t` ends, or null when it does not cover `t`. */
function coverEnd(range: QuietRange, t: number): number | null {
  const reached = clockEnd(range, t);
  if (reached === null) return null;
  const end = notBefore(reached, t);
  // Clocks going back on the way may take the wall clock out of the range sooner.
  const back = clockGoesBackBetween(t, end);
  return back !== null && clockEnd(range, back) === null ? back : end;
}

/** Whether the local time at `t` falls inside any quiet range. Invalid ranges are ignored. */
export function isQuietAt(ranges: readonly QuietRange[], t: number): boolean {
  return ranges.some((range) => clockEnd(range, t) !== null);
}

/**
 * The first instant at or after `t` that is not quiet, following ranges that touch or
 * overlap, across days; null when quiet hours cover the whole week.
 */
export function quietEndAfter(ranges: readonly QuietRange[], t: number): number | null {
  if (awakeMinutesPerWeek(ranges) === 0) return null;
  let at = t;
  // Each step leaves one stretch behind for good; two weeks of stretches is plenty.
  for (let step = 0; step < ranges.length * DAYS_PER_WEEK * 2 + 2; step++) {
    const ends = ranges.map((range) => coverEnd(range, at)).filter((e): e is number => e !== null);
    if (ends.length === 0) return at;
    at = Math.max(...ends);
  }
  return null;
}

/** Each minute of a week from Sunday 00:00, 1 where quiet (wall-clock minutes, no DST). */
function quietWeek(ranges: readonly QuietRange[]): Uint8Array {
  const week = new Uint8Array(MINUTES_PER_WEEK);
  for (const range of ranges) {
    const b = bounds(range);
    if (b === null) continue;
    const [start, end] = b;
    const length = (end - start + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    for (let day = 0; day < DAYS_PER_WEEK; day++) {
      if (!startsOn(range, day)) continue;
      const from = day * MINUTES_PER_DAY + start;
      for (let m = from; m < from + length; m++) week[m % MINUTES_PER_WEEK] = 1;
    }
  }
  return week;
}

const countAwake = (minutes: Uint8Array): number => minutes.filter((q) => q === 0).length;

/** How many minutes of a week are outside every quiet range. */
export function awakeMinutesPerWeek(ranges: readonly QuietRange[]): number {
  return countAwake(quietWeek(ranges));
}

/** How many minutes of `weekday` (0 = Sunday), by the wall clock, are outside every quiet range. */
export function awakeMinutesOn(ranges: readonly QuietRange[], weekday: number): number {
  const from = weekday * MINUTES_PER_DAY;
  return countAwake(quietWeek(ranges).subarray(from, from + MINUTES_PER_DAY));
}

/** How many minutes of an average day are outside every quiet range. */
export function awakeMinutesPerDay(ranges: readonly QuietRange[]): number {
  return awakeMinutesPerWeek(ranges) / DAYS_PER_WEEK;
}

/** The longest quiet stretch of the week, in wall-clock minutes (the whole week when all is quiet). */
export function longestQuietMinutes(ranges: readonly QuietRange[]): number {
  const week = quietWeek(ranges);
  let longest = 0;
  let run = 0;
  // Twice round the week, so a stretch across Saturday midnight counts whole.
  for (let m = 0; m < 2 * MINUTES_PER_WEEK; m++) {
    run = week[m % MINUTES_PER_WEEK] === 1 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return Math.min(longest, MINUTES_PER_WEEK);
}
