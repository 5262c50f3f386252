import { atLocalTime, MINUTES_PER_DAY, minutesOfDay, parseClock } from './local-time';

/** A daily stretch of local time with no nudges. `end` before `start` crosses midnight. */
export interface QuietRange {
  /** "HH:MM", 24-hour local time. */
  start: string;
  /** "HH:MM", 24-hour local time; the first minute that is no longer quiet. */
  end: string;
}

function bounds(range: QuietRange): [number, number] | null {
  const start = parseClock(range.start);
  const end = parseClock(range.end);
  return start === null || end === null || start === end ? null : [start, end];
}

function covers([start, end]: [number, number], minute: number): boolean {
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** Whether the local time at `t` falls inside any quiet range. Invalid ranges are ignored. */
export function isQuietAt(ranges: readonly QuietRange[], t: number): boolean {
  const minute = minutesOfDay(t);
  return ranges.some((range) => {
    const b = bounds(range);
    return b !== null && covers(b, minute);
  });
}

/**
 * The first instant at or after `t` that is not quiet, following ranges that touch or
 * overlap; null when quiet hours cover the whole day.
 */
export function quietEndAfter(ranges: readonly QuietRange[], t: number): number | null {
  if (awakeMinutesPerDay(ranges) === 0) return null;
  let at = t;
  for (let step = 0; step < ranges.length * 2 + 2 && isQuietAt(ranges, at); step++) {
    const minute = minutesOfDay(at);
    const ends = ranges
      .map(bounds)
      .filter((b): b is [number, number] => b !== null && covers(b, minute))
      .map(([, end]) => atLocalTime(at, end, end <= minute ? 1 : 0));
    at = Math.max(...ends);
  }
  return isQuietAt(ranges, at) ? null : at;
}

/** How many minutes of a day are outside every quiet range. */
export function awakeMinutesPerDay(ranges: readonly QuietRange[]): number {
  const valid = ranges.map(bounds).filter((b): b is [number, number] => b !== null);
  let awake = 0;
  for (let minute = 0; minute < MINUTES_PER_DAY; minute++) {
    if (!valid.some((b) => covers(b, minute))) awake++;
  }
  return awake;
}
