import { repairPreferences, type Preferences } from './preferences';
import { preferencesStorage } from './storage';

/** Preferences as stored, repaired field by field: never throws, never returns a bad field. */
export async function loadPreferences(): Promise<Preferences> {
  try {
    return repairPreferences(await preferencesStorage.getValue());
  } catch {
    return repairPreferences(null);
  }
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Saves a change to preferences over the current (repaired) stored value. Saves from one
 * page run one after another: two changes a few ms apart (leaving one field for the next)
 * would otherwise both read the old value, and the second would write over the first.
 */
export function savePreferences(patch: Partial<Preferences>): Promise<Preferences> {
  const next = saving.then(async () => {
    const merged = { ...(await loadPreferences()), ...patch };
    await preferencesStorage.setValue(merged);
    return merged;
  });
  saving = next.catch(() => undefined); // a failed save must not block the next one
  return next;
}
