import { parseClock } from '../time/local-time';
import { parseDate } from '../time/season';
import type { RitualTime } from '../schedule/rituals';
import { message } from '../platform/message';
import type { Checked } from './preferences';

// The rituals' and the baby's date's fields of preferences, as read from storage (issue 15).

export const isClock = (value: unknown): value is string =>
  typeof value === 'string' && parseClock(value) !== null;

/** A ritual's time: a clock time on at least one day 0–6 (sorted, unique). */
export function goodRitual(value: unknown): RitualTime | undefined {
  const { days, time } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const valid = Array.isArray(days) ? [0, 1, 2, 3, 4, 5, 6].filter((d) => days.includes(d)) : [];
  return isClock(time) && valid.length > 0 ? { days: valid, time } : undefined;
}

/** The baby's date: a real calendar date ("YYYY-MM-DD") in the years a season can use. */
export function goodBabyDate(value: unknown): string | undefined {
  const date = typeof value === 'string' ? parseDate(value) : null;
  return date && date[0] >= 2000 && date[0] <= 2100 ? (value as string) : undefined;
}

export function checkRitual(value: unknown): Checked<RitualTime> {
  const good = goodRitual(value);
  if (good) return { ok: true, value: good };
  const { time } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return { ok: false, message: message(isClock(time) ? 'checks.one_day' : 'checks.time_missing') };
}

export function checkBabyDate(value: unknown): Checked<string> {
  const good = goodBabyDate(value);
  return good ? { ok: true, value: good } : { ok: false, message: message('checks.date_missing') };
}
