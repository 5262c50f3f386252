import { message } from '../platform/message';
import { categories, type Category } from '../library/nudge';
import {
  defaultPreferences,
  preferenceChoices,
  type Preferences,
  type WorkHours,
} from './preferences-defaults';
import type { QuietRange } from '../time/quiet-hours';
import { daysIn, goodBabyDate, goodRitual, isClock } from './ritual-fields';
import { fields } from '../platform/fields';
import { timeOrNone } from './stored-checks';

export * from './preferences-defaults';

export const PARTNER_NAME_MAX = 40;
export const PER_DAY_RANGE = { min: 1, max: 12 } as const;
export const MAX_PER_DAY_RANGE = { min: 1, max: 24 } as const;
/** At most this many quiet ranges: one storage.sync item holds 8 KB; 20 (about 1 KB) cover a week. */
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

/** The partner's name, spaces tidied, when it is a good one; empty means "your partner" / "love". */
function goodName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().replace(/\s+/g, ' ');
  return name === '' || (VISIBLE.test(name) && characters(name) <= PARTNER_NAME_MAX)
    ? name
    : undefined;
}

const wholeIn = (value: unknown, range: { min: number; max: number }): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= range.min && n <= range.max
    ? n
    : undefined;
};

/** Both clock times, and not the same one. */
function goodTimes(value: unknown): { start: string; end: string } | undefined {
  const { start, end } = fields(value) ?? {};
  return isClock(start) && isClock(end) && start !== end ? { start, end } : undefined;
}

/**
 * A quiet range: good times, and when `days` is there, at least one day 0–6. Days come
 * back sorted and unique; all seven come back as no `days` at all, the one way to say
 * "every day" (and the shape stored before ranges had days).
 */
function goodQuietRange(value: unknown): QuietRange | undefined {
  const times = goodTimes(value);
  const days = fields(value)?.days;
  if (!times || days === undefined) return times;
  const valid = daysIn(days);
  return valid.length === 7 ? times : valid.length > 0 ? { ...times, days: valid } : undefined;
}

/** Kinds turned off: known ones only, in the usual order, and never all of them. */
function goodKindsOff(value: unknown): Category[] | undefined {
  const off = Array.isArray(value) ? categories.filter((c) => value.includes(c)) : null;
  return off && off.length < categories.length ? off : undefined;
}

function goodWorkHours(value: unknown): WorkHours | undefined {
  const times = goodTimes(value);
  const days = daysIn(fields(value)?.days);
  return times && days.length > 0 ? { days, ...times } : undefined;
}

// The checks the pages show: the good value, or a kind message saying what is wrong.
const checked = <T>(value: T | undefined, problem: () => string): Checked<T> =>
  value === undefined ? fail(problem()) : { ok: true, value };

export const checkPartnerName = (value: unknown): Checked<string> =>
  checked(goodName(value), () =>
    typeof value !== 'string'
      ? message('checks.name_missing')
      : // Tidying changes only spaces, so the untidied value is as visible as the tidy one.
        VISIBLE.test(value)
        ? message('checks.name_too_long', [PARTNER_NAME_MAX])
        : message('checks.name_invisible'),
  );

const checkWholeNumber = (value: unknown, range: { min: number; max: number }): Checked<number> =>
  checked(wholeIn(value, range), () => message('checks.whole_number', [range.min, range.max]));

export const checkPerDay = (value: unknown): Checked<number> =>
  checkWholeNumber(value, PER_DAY_RANGE);
export const checkMaxPerDay = (value: unknown): Checked<number> =>
  checkWholeNumber(value, MAX_PER_DAY_RANGE);

/** Start and end times only: both clock times, and not the same one. */
export const checkClockRange = (value: unknown): Checked<{ start: string; end: string }> =>
  checked(goodTimes(value), () => {
    const times = fields(value);
    if (!times) return message('checks.range_missing');
    return isClock(times.start) && isClock(times.end)
      ? message('checks.times_same')
      : message('checks.times_missing');
  });

export const checkQuietRange = (value: unknown): Checked<QuietRange> =>
  checked(goodQuietRange(value), () => {
    const times = checkClockRange(value);
    return times.ok ? message('checks.one_day') : times.message;
  });

export const checkKindsOff = (value: unknown): Checked<Category[]> =>
  checked(goodKindsOff(value), () => message('checks.one_kind'));

export const checkWorkHours = (value: unknown): Checked<WorkHours> =>
  checked(goodWorkHours(value), () => {
    if (!fields(value)) return message('checks.work_missing');
    const times = checkClockRange(value);
    return times.ok ? message('checks.one_work_day') : times.message;
  });

/** How each field with rules of its own is read from storage; undefined reads as the default. */
const repairs: {
  readonly [K in keyof Preferences]?: (stored: unknown) => Preferences[K] | undefined;
} = {
  partnerName: goodName,
  perDay: (v) => wholeIn(v, PER_DAY_RANGE),
  maxPerDay: (v) => wholeIn(v, MAX_PER_DAY_RANGE),
  quietHours: (v) =>
    Array.isArray(v)
      ? v.flatMap((range: unknown) => goodQuietRange(range) ?? []).slice(0, MAX_QUIET_RANGES)
      : undefined,
  kindsOff: goodKindsOff,
  pausedUntil: timeOrNone,
  workHours: goodWorkHours,
  checkIn: goodRitual,
  weeklyDate: goodRitual,
  babyDate: goodBabyDate,
};

/**
 * A field with no rules of its own: a stored value is kept when it is one of the field's
 * choices, or, without choices, when it has its default's type (a flag, a number, a text).
 */
function plainField<K extends keyof Preferences>(
  key: K,
  value: unknown,
): Preferences[K] | undefined {
  const choices: readonly unknown[] | undefined = preferenceChoices[key];
  const fallback = defaultPreferences[key];
  const fits = choices
    ? choices.includes(value)
    : typeof fallback !== 'object' && typeof value === typeof fallback;
  return fits ? (value as Preferences[K]) : undefined;
}

/**
 * Turns whatever is stored (an older shape, wrong types, nothing at all) into valid
 * preferences, field by field: a bad field falls back to its default, good ones are kept.
 * A field with no repair of its own is a plain one (plainField), such as a theme stored
 * before there was a choice: it reads as following the device.
 */
export function repairPreferences(raw: unknown): Preferences {
  const stored = fields(raw) ?? {};
  const prefs: Preferences = { ...defaultPreferences };
  const repair = <K extends keyof Preferences>(key: K): void => {
    const read = repairs[key] ?? ((v: unknown) => plainField(key, v));
    prefs[key] = read(stored[key]) ?? defaultPreferences[key];
  };
  (Object.keys(prefs) as (keyof Preferences)[]).forEach(repair);
  return prefs;
}

/**
 * What a save writes: `prefs` over the stored value's fields this version does not know, so a
 * field a newer Still Us (on another device) added survives a save from this one.
 */
export function withUnknownFields(raw: unknown, prefs: Preferences): Record<string, unknown> {
  const stored = fields(raw) ?? {};
  const unknown = Object.entries(stored).filter(([key]) => !(key in defaultPreferences));
  return { ...Object.fromEntries(unknown), ...prefs };
}
