import { DAY, startOfLocalDay } from './local-time';

/**
 * The baby's season, from the birthday: the first six weeks (`fog`), six weeks to four
 * months (`early`), four to twelve months (`dip`, where research finds couples drift most),
 * one to three years (`toddler`).
 */
export type Season = 'fog' | 'early' | 'dip' | 'toddler';
/** The days worth marking together: one month, three, six, and the first birthday. */
export type Milestone = 'month-1' | 'month-3' | 'month-6' | 'year-1';

/** A milestone's nudge may come on its day or in the week after (within the usual rules). */
export const MILESTONE_DAYS = 7;
const MILESTONE_MONTHS: readonly [Milestone, number][] = [
  ['year-1', 12],
  ['month-6', 6],
  ['month-3', 3],
  ['month-1', 1],
];

/** A "YYYY-MM-DD" calendar date as [year, month 0–11, day], or null when it is no real date. */
export function parseDate(value: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const check = new Date(y, m, d);
  return check.getFullYear() === y && check.getMonth() === m && check.getDate() === d
    ? [y, m, d]
    : null;
}

/**
 * Local midnight `months` calendar months after the date: a day the month lacks is its last
 * (born 31 January, one month old on 28 or 29 February; born 29 February, one year old on
 * 28 February).
 */
function monthsAfter([y, m, d]: [number, number, number], months: number): number {
  const lastDay = new Date(y, m + months + 1, 0).getDate();
  return new Date(y, m + months, Math.min(d, lastDay)).getTime();
}

/**
 * The season at `now` for a baby born on `date` ("YYYY-MM-DD", local). Null without a date,
 * while the date is still ahead (a due date), or from the third birthday on: then nudges are
 * as they are without a season.
 */
export function seasonAt(date: string | null, now: number): Season | null {
  const born = date === null ? null : parseDate(date);
  if (!born) return null;
  const today = startOfLocalDay(now);
  const birth = monthsAfter(born, 0);
  if (today < birth) return null;
  // Whole local days: DST makes a calendar day 23 or 25 hours, so round.
  if (Math.round((today - birth) / DAY) < 42) return 'fog';
  if (today < monthsAfter(born, 4)) return 'early';
  if (today < monthsAfter(born, 12)) return 'dip';
  if (today < monthsAfter(born, 36)) return 'toddler';
  return null;
}

/** The milestone whose day is today or in the MILESTONE_DAYS before it, if any. */
export function milestoneAt(date: string | null, now: number): Milestone | null {
  const born = date === null ? null : parseDate(date);
  if (!born) return null;
  const today = startOfLocalDay(now);
  for (const [milestone, months] of MILESTONE_MONTHS) {
    const day = monthsAfter(born, months);
    if (today >= day) return Math.round((today - day) / DAY) < MILESTONE_DAYS ? milestone : null;
  }
  return null;
}
