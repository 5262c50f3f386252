/** This device's copy of whether nudges were on at the last visit (Glance keeps it). */
export const GLANCE_ON_KEY = 'still-us:glance-on';

/** Keeps the copy in step. Never throws: a first paint is not worth it. */
export function rememberGlanceOn(
  on: boolean,
  store: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    store.setItem(GLANCE_ON_KEY, on ? '1' : '');
  } catch {
    // Storage refused: the glance's words come with Preact instead.
  }
}

/**
 * Whether the glance's first line may say "Nudges are on." before the preferences are read:
 * only when the copy says so (a pause's words need the preferences and the real time).
 */
export function glanceOnCopy(store: Pick<Storage, 'getItem'> = localStorage): boolean {
  try {
    return store.getItem(GLANCE_ON_KEY) === '1';
  } catch {
    return false;
  }
}
