import type { Category, NudgeEntry } from './nudge';

export interface PickInput<T extends NudgeEntry> {
  library: readonly T[];
  /** Kinds the person has on. */
  enabled: readonly Category[];
  /** Ids shown lately, newest first; they wait their turn. */
  recentIds: readonly string[];
  /** Ids that must not come now (the one on screen when asking for another idea). */
  exclude?: readonly string[];
  /** Returns a number in [0, 1); Math.random in the product, fixed in tests. */
  random: () => number;
}

function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}

/**
 * Picks a nudge: first a kind (evenly among enabled kinds with something fresh), then a
 * nudge of that kind not seen lately. When everything was seen lately, the least recent wins.
 */
export function pickNudge<T extends NudgeEntry>(input: PickInput<T>): T | null {
  const { library, enabled, recentIds, exclude = [], random } = input;
  const allowed = library.filter((n) => enabled.includes(n.category) && !exclude.includes(n.id));
  if (allowed.length === 0) return null;
  const fresh = allowed.filter((n) => !recentIds.includes(n.id));
  if (fresh.length === 0) {
    // Oldest in the recent list first: the one seen longest ago.
    return (
      [...allowed].sort((a, b) => recentIds.indexOf(b.id) - recentIds.indexOf(a.id))[0] ?? null
    );
  }
  const kinds = enabled.filter((c) => fresh.some((n) => n.category === c));
  const kind = pickOne(kinds, random);
  return (
    pickOne(
      fresh.filter((n) => n.category === kind),
      random,
    ) ?? null
  );
}
