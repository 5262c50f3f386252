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

/** Saves a change to preferences over the current (repaired) stored value. */
export async function savePreferences(patch: Partial<Preferences>): Promise<Preferences> {
  const next = { ...(await loadPreferences()), ...patch };
  await preferencesStorage.setValue(next);
  return next;
}
