import { parseClock } from '../time/local-time';
import { parseDate } from '../time/season';
import type { RitualTime } from '../schedule/rituals';
import { message } from '../platform/message';
import type { Checked } from './preferences';
import { fields } from '../platform/fields';
import { isTime } from './stored-checks';

// The rituals' and the baby's date's fields of preferences, as read from storage (issue 15).

export const isClock = (value: unknown): value is string =>
  typeof value === 'string' && parseClock(value) !== null;

const allDays = [0, 1, 2, 3, 4, 5, 6];
/** The days 0–6 of a list, sorted and unique; none when it is not a list. */
export const daysIn = (days: unknown): number[] =>
  Array.isArray(days) ? allDays.filter((d) => days.includes(d)) : [];

/** A ritual's time: a clock time on at least one day 0–6 (sorted, unique). */
export function goodRitual(value: unknown): RitualTime | undefined {
  const { days, time, since } = fields(value) ?? {};
  const valid = daysIn(days);
  return isClock(time) && valid.length > 0
    ? { days: valid, time, ...(isTime(since) && { since }) }
    : undefined;
}

/** The baby's date: a real calendar date ("YYYY-MM-DD") in the years a season can use. */
export function goodBabyDate(value: unknown): string | undefined {
  const date = typeof value === 'string' ? parseDate(value) : null;
  return date && date[0] >= 2000 && date[0] <= 2100 ? (value as string) : undefined;
}

export function checkRitual(value: unknown): Checked<RitualTime> {
  const good = goodRitual(value);
  if (good) return { ok: true, value: good };
  const { time } = fields(value) ?? {};
  return { ok: false, message: message(isClock(time) ? 'checks.one_day' : 'checks.time_missing') };
}

export function checkBabyDate(value: unknown): Checked<string> {
  const good = goodBabyDate(value);
  return good ? { ok: true, value: good } : { ok: false, message: message('checks.date_missing') };
}
