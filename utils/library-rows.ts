import type { Category, Effort, NudgeEntry, Spice, TimeOfDay } from './nudge';

/** "sweet" and "bold" are flirty, at that heat. */
type RowTone = 'gentle' | 'playful' | Spice;
/** [number, effort, time of day, tone, partner there?] */
export type LibraryRow = readonly [number, Effort, TimeOfDay, RowTone, boolean];

/** The library's rows, by kind, as entries with ids `<kind>-<nn>`. */
export function defineLibrary(rows: Record<Category, readonly LibraryRow[]>): NudgeEntry[] {
  return Object.entries(rows).flatMap(([category, list]) =>
    list.map(([n, effort, time, tone, partnerPresent]) => ({
      id: `${category}-${String(n).padStart(2, '0')}`,
      category: category as Category,
      effort,
      time,
      ...(tone === 'sweet' || tone === 'bold'
        ? { tone: 'flirty' as const, spice: tone }
        : { tone }),
      partnerPresent,
    })),
  );
}
