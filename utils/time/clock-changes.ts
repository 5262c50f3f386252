import { atLocalTime, MINUTE, minutesOfDay } from './local-time';

// Daylight-saving edges, apart from local-time.ts: only the scheduler needs them, and the
// popup (which loads local-time.ts) stays small.

/**
 * The first instant the local wall clock reaches `minutes` past midnight, `dayOffset` days
 * after the local day of `t`: like atLocalTime, but a time skipped by spring-forward comes
 * out as the end of the gap (02:30 as 03:00), when the clock has just passed it.
 */
export function clockReachedAt(t: number, minutes: number, dayOffset = 0): number {
  const at = atLocalTime(t, minutes, dayOffset);
  if (minutesOfDay(at) === minutes) return at;
  // Back to where the new offset began; a gap is at most a couple of hours long.
  const offset = new Date(at).getTimezoneOffset();
  let first = at;
  for (let step = 0; step < 180; step++) {
    if (new Date(first - MINUTE).getTimezoneOffset() !== offset) break;
    first -= MINUTE;
  }
  return first;
}

/** The instant in (`from`, `to`] when the local clock goes back (DST ends), or null. */
export function clockGoesBackBetween(from: number, to: number): number | null {
  const before = new Date(from).getTimezoneOffset();
  if (new Date(to).getTimezoneOffset() <= before) return null;
  let [lo, hi] = [from, to];
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (new Date(mid).getTimezoneOffset() === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
