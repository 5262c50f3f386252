import { DAY, startOfLocalDay } from './local-time';

export type DayFromNow = 'today' | 'tomorrow' | 'later';

/** Where the local day of `t` falls as seen from `now`'s: today (or before), tomorrow, or later. */
export function dayFromNow(t: number, now: number): DayFromNow {
  // Rounded: a day with a clock change is 23 or 25 hours long.
  const days = Math.round((startOfLocalDay(t) - startOfLocalDay(now)) / DAY);
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'later';
}
