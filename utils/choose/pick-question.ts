import type { NudgeEntry } from '../library/nudge';

/**
 * The daily check-in's question: one of the ritual questions not asked in the last 30 days
 * (`recent`, ids newest first), or, should every one have been, the one asked longest ago.
 */
export function pickQuestion<T extends Pick<NudgeEntry, 'id'>>(
  pool: readonly T[],
  recent: readonly string[],
  random: () => number,
): T | null {
  const fresh = pool.filter((q) => !recent.includes(q.id));
  if (fresh.length > 0) return fresh[Math.floor(random() * fresh.length)] ?? fresh[0]!;
  let oldest: T | null = null;
  for (const q of pool) if (!oldest || recent.indexOf(q.id) > recent.indexOf(oldest.id)) oldest = q;
  return oldest;
}
