import type { LearnedWeight, LearnedWeights } from '../choose/learned-weights';
import type { ShuffleBag } from '../choose/pick-nudge';
import { categories, type Category, type CustomNudge } from '../library/nudge';
import { fields } from '../platform/fields';
import { isPendingNudge, isShownNudge, type PendingNudge } from '../library/shown-nudge';
import type { DeliveryHold, HeldNudge } from '../schedule/hold-rules';
import type { RitualsDone } from '../schedule/rituals';

// The checks every stored item is read through (stored-item.ts `check`): whatever is stored
// (edited by hand, damaged, written by another version) reads as a good value or none.

/** An epoch-ms time a Date can hold (1e300 is a number, not a date). */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15;

export const timeOrNone = (value: unknown): number | undefined =>
  isTime(value) ? value : undefined;

export const flagOrNone = (value: unknown): boolean | undefined =>
  typeof value === 'boolean' ? value : undefined;

/** The texts of a list, whatever else it held. */
export const textList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

/** Per kind we know: the value, when `entry` makes one of it. */
function perKind<T>(
  value: unknown,
  entry: (v: unknown) => T | undefined,
): Partial<Record<Category, T>> {
  const stored = fields(value) ?? {};
  const kept: Partial<Record<Category, T>> = {};
  for (const kind of categories) {
    const checked = entry(stored[kind]);
    if (checked !== undefined) kept[kind] = checked;
  }
  return kept;
}

export const shuffleBag = (value: unknown): ShuffleBag => perKind(value, textList);

export const learnedWeights = (value: unknown): LearnedWeights =>
  perKind(value, (v): LearnedWeight | undefined => {
    const { weight, at } = fields(v) ?? {};
    return typeof weight === 'number' && weight > 0 && Number.isFinite(weight) && isTime(at)
      ? { weight, at }
      : undefined;
  });

/**
 * The person's own nudges: a list, its entries as stored. A broken entry is kept (the
 * options page hides it but never drops it); the picker takes whole ones only (`isWhole`).
 */
export const customNudgeList = (value: unknown): CustomNudge[] | undefined =>
  Array.isArray(value) ? (value as CustomNudge[]) : undefined;

/** A whole stored nudge of the person's (the full check, with lengths, is in the library). */
export const isWholeCustomNudge = (value: unknown): value is CustomNudge =>
  isShownNudge(value) && value.id !== '' && value.text.trim() !== '';

export const pendingNudge = (value: unknown): PendingNudge | undefined =>
  isPendingNudge(value) && isTime(value.shownAt) ? value : undefined;

/** The local day each ritual last came: only days we can read, for the rituals we know. */
export const ritualsDone = (value: unknown): RitualsDone => {
  const { 'check-in': checkIn, date } = fields(value) ?? {};
  return { ...(isTime(checkIn) && { 'check-in': checkIn }), ...(isTime(date) && { date }) };
};

const energyLevels = ['rough', 'okay', 'good', 'touched-out'] as const;
export const energyAnswer = (
  value: unknown,
): { level: (typeof energyLevels)[number]; day: number } | undefined => {
  const { level, day } = fields(value) ?? {};
  const known = energyLevels.find((l) => l === level);
  return known && isTime(day) ? { level: known, day } : undefined;
};

const holds: readonly DeliveryHold[] = ['away', 'fullscreen', 'call'];
export const heldNudge = (value: unknown): HeldNudge | undefined => {
  const { since, reason, clearSince } = fields(value) ?? {};
  const known = holds.find((h) => h === reason);
  return known && isTime(since) && (clearSince === null || isTime(clearSince))
    ? { since, reason: known, clearSince }
    : undefined;
};
