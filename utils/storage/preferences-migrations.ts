// The numbered changes of shape of `sync:preferences` (storage.ts), each frozen as it shipped:
// a migration speaks of the kinds there were then, never of the library as it is now.

/** The six kinds that came with v2. */
const v2NewKinds = ['name-it', 'appreciation', 'touch', 'mental-load', 'tiny-date', 'you-time'];
/** Every kind there was while preferences listed the kinds on (v1 and v2). */
const kindsUntilV3 = ['reassurance', 'kind-act', 'flirty-text', 'send-a-laugh', 'check-in'].concat(
  v2NewKinds,
);

type Stored = Record<string, unknown>;
const isObject = (value: unknown): value is Stored => typeof value === 'object' && value !== null;

/** v2: six new kinds of nudge came; whoever had kinds chosen gets them too (turn off any time). */
function addNewKinds(old: unknown): unknown {
  if (!isObject(old) || !Array.isArray(old.categories)) return old;
  const chosen: unknown[] = old.categories;
  return { ...old, categories: [...chosen, ...v2NewKinds.filter((c) => !chosen.includes(c))] };
}

/**
 * The kinds off, from a list of the kinds on as v1 and v2 stored it (`categories`): every
 * kind there was then and is not in it. A kind added later is on. Undefined when the list
 * is not one.
 */
export function kindsOffFrom(kindsOn: unknown): string[] | undefined {
  return Array.isArray(kindsOn) ? kindsUntilV3.filter((c) => !kindsOn.includes(c)) : undefined;
}

/** v3: the kinds turned off are stored, not the ones on, so a new kind arrives on. */
function storeKindsOff(old: unknown): unknown {
  if (!isObject(old)) return old;
  const kindsOff = kindsOffFrom(old.categories);
  if (!kindsOff) return old;
  const next: Stored = { ...old, kindsOff };
  delete next.categories;
  return next;
}

/** `preferencesMigrations[n]` turns a version n − 1 value into version n. */
export const preferencesMigrations = { 2: addNewKinds, 3: storeKindsOff };
