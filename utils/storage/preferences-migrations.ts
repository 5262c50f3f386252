import { fields } from '../platform/fields';

// The numbered changes of shape of `sync:preferences` (storage.ts), each frozen as it shipped:
// a migration speaks of the kinds there were then, never of the library as it is now.

/** The six kinds that came with v2. */
const v2NewKinds = ['name-it', 'appreciation', 'touch', 'mental-load', 'tiny-date', 'you-time'];
/** Every kind there was while preferences listed the kinds on (v1 and v2). */
const kindsUntilV3 = ['reassurance', 'kind-act', 'flirty-text', 'send-a-laugh', 'check-in'].concat(
  v2NewKinds,
);

/** v2: six new kinds of nudge came; whoever had kinds chosen gets them too (turn off any time). */
function addNewKinds(old: unknown): unknown {
  const stored = fields(old);
  if (!Array.isArray(stored?.categories)) return old;
  const chosen: unknown[] = stored.categories;
  return { ...stored, categories: [...chosen, ...v2NewKinds.filter((c) => !chosen.includes(c))] };
}

/**
 * v3: the kinds turned off are stored, not the ones on (`categories`), so a new kind arrives
 * on: off is every kind there was then that the list leaves out. Also reads the preferences
 * of a backup file made before v3.
 */
export function storeKindsOff(old: unknown): unknown {
  const stored = fields(old);
  if (!Array.isArray(stored?.categories)) return old;
  const { categories, ...rest } = stored;
  const kindsOn: unknown[] = categories;
  return { ...rest, kindsOff: kindsUntilV3.filter((c) => !kindsOn.includes(c)) };
}

/** `preferencesMigrations[n]` turns a version n − 1 value into version n. */
export const preferencesMigrations = { 2: addNewKinds, 3: storeKindsOff };
