import type { Category, NudgeEntry } from '../library/nudge';
import { allowedNow, fitsTimeOfDay, inRotation, timeBias, type Moment } from './nudge-fit';

/**
 * Per kind, the ids drawn lately, oldest first. Kept in storage, so it survives the worker
 * stopping and browser restarts.
 */
export type ShuffleBag = Partial<Record<Category, string[]>>;

/** A nudge comes back only after this share of its kind has been drawn since. */
export const ROUND_DONE = 0.8;

export interface PickInput<T extends NudgeEntry> {
  library: readonly T[];
  /** Kinds the person has on. */
  enabled: readonly Category[];
  bag: ShuffleBag;
  /** "Never show this one". */
  hidden: readonly string[];
  /** Ids that must not come now (the one on screen when asking for another idea). */
  exclude?: readonly string[];
  /** Learned weight per kind (1 when absent), already faded to now. */
  weights: Partial<Record<Category, number>>;
  moment: Moment;
  /** Returns a number in [0, 1); Math.random in the product, fixed in tests. */
  random: () => number;
}

export interface Picked<T> {
  nudge: T;
  /** The bag with this draw in it, to be stored. */
  bag: ShuffleBag;
}

function weightedPick<T>(
  items: readonly T[],
  weight: (item: T) => number,
  random: () => number,
): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = random() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}

/**
 * Picks a nudge: among those the moment allows, one not among its kind's last 80% of draws,
 * fitting the time of day when any does; the kind is chosen by learned weight and time of day.
 */
export function pickNudge<T extends NudgeEntry>(input: PickInput<T>): Picked<T> | null {
  const { library, enabled, hidden, exclude = [], moment, random } = input;
  // Out of the rotation means out of its kind's round too, so the round's size stays true.
  const visible = library.filter(
    (n) => inRotation(n, moment.season) && enabled.includes(n.category) && !hidden.includes(n.id),
  );
  // A milestone of these days comes once, before anything else, within the usual rules: its
  // draw stays in its kind's bag for weeks, longer than the milestone's week lasts.
  const mark = library.find(
    (n) =>
      moment.milestone &&
      n.milestone === moment.milestone &&
      enabled.includes(n.category) &&
      ![...hidden, ...exclude, ...(input.bag[n.category] ?? [])].includes(n.id) &&
      allowedNow(n, moment),
  );
  if (mark) {
    const drawn = [...(input.bag[mark.category] ?? []), mark.id];
    return { nudge: mark, bag: { ...input.bag, [mark.category]: drawn } };
  }
  const usable = visible.filter((n) => !exclude.includes(n.id) && allowedNow(n, moment));
  if (usable.length === 0) return null;

  const sizeOf = (kind: Category): number => visible.filter((n) => n.category === kind).length;
  // The last 80% of a kind's draws wait; only the ones seen longest ago can come.
  const held = (kind: Category): string[] => {
    const wait = Math.max(1, Math.floor(ROUND_DONE * sizeOf(kind)));
    return (input.bag[kind] ?? []).slice(-wait);
  };
  const undrawn = (n: T): boolean => !held(n.category).includes(n.id);

  const fresh = usable.filter(undrawn);
  // Nothing fresh fits the rules now (say, a rough day late in every round): repeat gently.
  const candidates = fresh.length > 0 ? fresh : usable;
  const fitting = candidates.filter((n) => fitsTimeOfDay(n, moment.period));
  const pool = fitting.length > 0 ? fitting : candidates;
  const kinds = [...new Set(pool.map((n) => n.category))];
  const kind = weightedPick(
    kinds,
    (k) => (input.weights[k] ?? 1) * timeBias(k, moment.period, moment.season),
    random,
  );
  const ofKind = pool.filter((n) => n.category === kind);
  const nudge = ofKind[Math.min(ofKind.length - 1, Math.floor(random() * ofKind.length))]!;
  const drawn = [...(input.bag[kind] ?? []).filter((id) => id !== nudge.id), nudge.id];
  return { nudge, bag: { ...input.bag, [kind]: drawn.slice(-sizeOf(kind)) } };
}
