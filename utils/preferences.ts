import { parseClock } from './local-time';
import { categories, type Category } from './nudge';
import {
  defaultPreferences,
  deliveryModes,
  flirtyLevels,
  type Preferences,
  type WorkHours,
} from './preferences-defaults';
import type { QuietRange } from './quiet-hours';

export * from './preferences-defaults';

export const PARTNER_NAME_MAX = 40;
export const PER_DAY_RANGE = { min: 1, max: 12 } as const;
export const MAX_PER_DAY_RANGE = { min: 1, max: 24 } as const;

/** A checked value ready to save, or a kind message to show next to the field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkPartnerName(value: unknown): Checked<string> {
  if (typeof value !== 'string') return { ok: false, message: 'Please type a name.' };
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length === 0) return { ok: false, message: 'Please type a name, or a pet name.' };
  if (name.length > PARTNER_NAME_MAX) {
    return { ok: false, message: `Please keep it to ${PARTNER_NAME_MAX} characters or fewer.` };
  }
  return { ok: true, value: name };
}

function checkWholeNumber(value: unknown, range: { min: number; max: number }): Checked<number> {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < range.min || n > range.max) {
    return {
      ok: false,
      message: `Please choose a whole number from ${range.min} to ${range.max}.`,
    };
  }
  return { ok: true, value: n };
}

export const checkPerDay = (value: unknown): Checked<number> =>
  checkWholeNumber(value, PER_DAY_RANGE);
export const checkMaxPerDay = (value: unknown): Checked<number> =>
  checkWholeNumber(value, MAX_PER_DAY_RANGE);

/** Start and end times only: both clock times, and not the same one. */
export function checkClockRange(value: unknown): Checked<{ start: string; end: string }> {
  if (typeof value !== 'object' || value === null)
    return { ok: false, message: 'Please set a start and an end.' };
  const { start, end } = value as Record<string, unknown>;
  if (
    typeof start !== 'string' ||
    typeof end !== 'string' ||
    parseClock(start) === null ||
    parseClock(end) === null
  ) {
    return { ok: false, message: 'Please set both a start and an end time.' };
  }
  if (start === end)
    return { ok: false, message: 'Start and end are the same time. Please pick different times.' };
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
  if (valid.length === 0) return { ok: false, message: 'Please pick at least one day.' };
  return { ok: true, value: valid.length === 7 ? times.value : { ...times.value, days: valid } };
}

export function checkCategories(value: unknown): Checked<Category[]> {
  if (!Array.isArray(value)) return { ok: false, message: 'Please keep at least one kind on.' };
  const chosen = categories.filter((c) => value.includes(c));
  return chosen.length > 0
    ? { ok: true, value: chosen }
    : { ok: false, message: 'Please keep at least one kind on.' };
}

export function checkWorkHours(value: unknown): Checked<WorkHours> {
  if (typeof value !== 'object' || value === null)
    return { ok: false, message: 'Please set the days and the hours.' };
  const { days } = value as Record<string, unknown>;
  const range = checkClockRange(value);
  if (!range.ok) return range;
  const valid = Array.isArray(days) ? allDays.filter((d) => days.includes(d)) : [];
  if (valid.length === 0) return { ok: false, message: 'Please pick at least one work day.' };
  return { ok: true, value: { days: valid, ...range.value } };
}

/**
 * Turns whatever is stored (an older shape, wrong types, nothing at all) into valid
 * preferences, field by field: a bad field falls back to its default, good ones are kept.
 */
export function repairPreferences(raw: unknown): Preferences {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const keep = <T>(checked: Checked<T>, fallback: T): T => (checked.ok ? checked.value : fallback);
  const name = stored.partnerName === '' ? '' : keep(checkPartnerName(stored.partnerName), '');
  const quiet = Array.isArray(stored.quietHours)
    ? stored.quietHours.map(checkQuietRange).flatMap((c) => (c.ok ? [c.value] : []))
    : defaultPreferences.quietHours;
  const paused = stored.pausedUntil;
  return {
    partnerName: name,
    perDay: keep(checkPerDay(stored.perDay), defaultPreferences.perDay),
    maxPerDay: keep(checkMaxPerDay(stored.maxPerDay), defaultPreferences.maxPerDay),
    quietHours: quiet,
    categories: keep(checkCategories(stored.categories), [...defaultPreferences.categories]),
    delivery: deliveryModes.find((m) => m === stored.delivery) ?? defaultPreferences.delivery,
    pausedUntil: typeof paused === 'number' && Number.isFinite(paused) ? paused : null,
    flirty: flirtyLevels.find((l) => l === stored.flirty) ?? defaultPreferences.flirty,
    workHours: stored.workHours == null ? null : keep(checkWorkHours(stored.workHours), null),
    waitDuringCalls: stored.waitDuringCalls === true,
  };
}
