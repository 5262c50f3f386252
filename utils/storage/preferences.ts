import { message } from '../platform/message';
import { parseClock } from '../time/local-time';
import { parseDate } from '../time/season';
import type { RitualTime } from '../schedule/rituals';
import { categories, type Category } from '../library/nudge';
import {
  defaultPreferences,
  preferenceChoices,
  type Preferences,
  type WorkHours,
} from './preferences-defaults';
import type { QuietRange } from '../time/quiet-hours';
import { isTime } from './stored-checks';

export * from './preferences-defaults';

export const PARTNER_NAME_MAX = 40;
export const PER_DAY_RANGE = { min: 1, max: 12 } as const;
export const MAX_PER_DAY_RANGE = { min: 1, max: 24 } as const;
/**
 * At most this many quiet ranges: preferences live in one storage.sync item of 8 KB at most,
 * and 20 ranges (about 1 KB) cover any week.
 */
export const MAX_QUIET_RANGES = 20;

/** A checked value ready to save, or a kind message to show next to the field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A bad value: the message says why, in the browser's language (locales/*.yml `checks`). */
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Something a person can see: not only spaces, joiners, zero-width or combining marks. */
const VISIBLE = /[^\s\p{M}\p{Cf}\p{Cc}]/u;
/** Characters as a person counts them: "👩‍👩‍👧" is one, not eight UTF-16 units. */
const characters = (text: string): number =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

/** The partner's name, spaces tidied; empty is fine and means "your partner" / "love". */
export function checkPartnerName(value: unknown): Checked<string> {
  if (typeof value !== 'string') return fail(message('checks.name_missing'));
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: true, value: '' };
  if (!VISIBLE.test(name)) return fail(message('checks.name_invisible'));
  if (characters(name) > PARTNER_NAME_MAX) {
    return fail(message('checks.name_too_long', [PARTNER_NAME_MAX]));
  }
  return { ok: true, value: name };
}

function checkWholeNumber(value: unknown, range: { min: number; max: number }): Checked<number> {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < range.min || n > range.max) {
    return fail(message('checks.whole_number', [range.min, range.max]));
  }
  return { ok: true, value: n };
}

export const checkPerDay = (value: unknown): Checked<number> =>
  checkWholeNumber(value, PER_DAY_RANGE);
export const checkMaxPerDay = (value: unknown): Checked<number> =>
  checkWholeNumber(value, MAX_PER_DAY_RANGE);

/** Start and end times only: both clock times, and not the same one. */
export function checkClockRange(value: unknown): Checked<{ start: string; end: string }> {
  if (typeof value !== 'object' || value === null) return fail(message('checks.range_missing'));
  const { start, end } = value as Record<string, unknown>;
  if (
    typeof start !== 'string' ||
    typeof end !== 'string' ||
    parseClock(start) === null ||
    parseClock(end) === null
  ) {
    return fail(message('checks.times_missing'));
  }
  if (start === end) return fail(message('checks.times_same'));
  return { ok: true, value: { start, end } };
}

const allDays = [0, 1, 2, 3, 4, 5, 6];

/**
 * A quiet range: good times, and when `days` is there, at least one day 0–6. Days come
 * back sorted and unique; all seven come back as no `days` at all, the one way to say
 * "every day" (and the shape stored before ranges had days).
 */
export function checkQuietRange(value: unknown): Checked<QuietRange> {
  const times = checkClockRange(value);
  if (!times.ok) return times;
  const { days } = value as Record<string, unknown>;
  if (days === undefined) return times;
  const valid = Array.isArray(days) ? allDays.filter((d) => days.includes(d)) : [];
  if (valid.length === 0) return fail(message('checks.one_day'));
  return { ok: true, value: valid.length === 7 ? times.value : { ...times.value, days: valid } };
}

/** Kinds turned off: known ones only, in the usual order, and never all of them. */
export function checkKindsOff(value: unknown): Checked<Category[]> {
  const off = Array.isArray(value) ? categories.filter((c) => value.includes(c)) : null;
  return off && off.length < categories.length
    ? { ok: true, value: off }
    : fail(message('checks.one_kind'));
}

export function checkWorkHours(value: unknown): Checked<WorkHours> {
  if (typeof value !== 'object' || value === null) return fail(message('checks.work_missing'));
  const { days } = value as Record<string, unknown>;
  const range = checkClockRange(value);
  if (!range.ok) return range;
  const valid = Array.isArray(days) ? allDays.filter((d) => days.includes(d)) : [];
  if (valid.length === 0) return fail(message('checks.one_work_day'));
  return { ok: true, value: { days: valid, ...range.value } };
}

/** A ritual's time: a clock time, on at least one day 0–6 (sorted, unique). */
export function checkRitual(value: unknown): Checked<RitualTime> {
  const { days, time } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (typeof time !== 'string' || parseClock(time) === null) {
    return fail(message('checks.time_missing'));
  }
  const valid = Array.isArray(days) ? allDays.filter((d) => days.includes(d)) : [];
  if (valid.length === 0) return fail(message('checks.one_day'));
  return { ok: true, value: { days: valid, time } };
}

/** The baby's date: a real calendar date ("YYYY-MM-DD") in the years a season can use. */
export function checkBabyDate(value: unknown): Checked<string> {
  const date = typeof value === 'string' ? parseDate(value) : null;
  return date && date[0] >= 2000 && date[0] <= 2100
    ? { ok: true, value: value as string }
    : fail(message('checks.date_missing'));
}

/**
 * A field with no check of its own: a stored value is kept when it is one of the field's
 * choices, or, without choices, when it has its default's type (a flag, a number, a text).
 */
function plainField<K extends keyof Preferences>(key: K, value: unknown): Preferences[K] {
  const fallback = defaultPreferences[key];
  const choices: readonly unknown[] | undefined = preferenceChoices[key];
  const fits = choices
    ? choices.includes(value)
    : typeof fallback !== 'object' && typeof value === typeof fallback;
  return fits ? (value as Preferences[K]) : fallback;
}

/**
 * Turns whatever is stored (an older shape, wrong types, nothing at all) into valid
 * preferences, field by field: a bad field falls back to its default, good ones are kept.
 * A field not named here is a plain one (plainField), such as a theme stored before there
 * was a choice: it reads as following the device.
 */
export function repairPreferences(raw: unknown): Preferences {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const plain: Preferences = { ...defaultPreferences };
  const repairPlain = <K extends keyof Preferences>(key: K): void => {
    plain[key] = plainField(key, stored[key]);
  };
  (Object.keys(plain) as (keyof Preferences)[]).forEach(repairPlain);
  const keep = <T>(checked: Checked<T>, fallback: T): T => (checked.ok ? checked.value : fallback);
  const name = stored.partnerName === '' ? '' : keep(checkPartnerName(stored.partnerName), '');
  const quiet = Array.isArray(stored.quietHours)
    ? stored.quietHours
        .map(checkQuietRange)
        .flatMap((c) => (c.ok ? [c.value] : []))
        .slice(0, MAX_QUIET_RANGES)
    : defaultPreferences.quietHours;
  const paused = stored.pausedUntil;
  return {
    ...plain,
    partnerName: name,
    perDay: keep(checkPerDay(stored.perDay), defaultPreferences.perDay),
    maxPerDay: keep(checkMaxPerDay(stored.maxPerDay), defaultPreferences.maxPerDay),
    quietHours: quiet,
    kindsOff: keep(checkKindsOff(stored.kindsOff), []),
    pausedUntil: isTime(paused) ? paused : null,
    workHours: stored.workHours == null ? null : keep(checkWorkHours(stored.workHours), null),
    checkIn: stored.checkIn == null ? null : keep(checkRitual(stored.checkIn), null),
    weeklyDate: stored.weeklyDate == null ? null : keep(checkRitual(stored.weeklyDate), null),
    babyDate: stored.babyDate == null ? null : keep(checkBabyDate(stored.babyDate), null),
  };
}

/**
 * What a save writes: `prefs` over the stored value's fields this version does not know, so a
 * field a newer Still Us (on another device) added survives a save from this one.
 */
export function withUnknownFields(raw: unknown, prefs: Preferences): Record<string, unknown> {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const unknown = Object.entries(stored).filter(([key]) => !(key in defaultPreferences));
  return { ...Object.fromEntries(unknown), ...prefs };
}
