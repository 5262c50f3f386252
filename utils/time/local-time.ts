export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const MINUTES_PER_DAY = 24 * 60;

/** Minutes since local midnight (0–1439) of the wall clock at `t`. */
export function minutesOfDay(t: number): number {
  const d = new Date(t);
  return d.getHours() * 60 + d.getMinutes();
}

/**
 * The instant the local wall clock shows `minutes` past midnight, `dayOffset` days after
 * the local day of `t`. Calendar arithmetic (not 24 h steps) keeps it right across DST;
 * a time skipped by spring-forward comes out as late as the gap is long (02:30 as 03:30).
 */
export function atLocalTime(t: number, minutes: number, dayOffset = 0): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + dayOffset);
  d.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  return d.getTime();
}

/** Local midnight starting the day of `t`. */
export function startOfLocalDay(t: number): number {
  return atLocalTime(t, 0);
}

/** "HH:MM" (24 h) to minutes past midnight, or null when it is not a valid clock time. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A short local clock time for people, such as "7:30 AM" or "07:30" per the browser's locale. */
export function formatClock(t: number): string {
  return new Date(t).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

/**
 * The hour formatClock shows (1 in "1:30 PM" and in "01:30"): the count for a message whose
 * words follow it, as Spanish says "la 1:30" but "las 2:30". NaN in digits other than 0-9.
 */
export function clockHour(t: number): number {
  const parts = new Intl.DateTimeFormat([], { hour: 'numeric', minute: '2-digit' }).formatToParts(
    t,
  );
  return Number(parts.find((part) => part.type === 'hour')?.value);
}
