import type { LearnedWeights } from '../choose/learned-weights';
import type { CustomNudge } from '../library/nudge';
import type { Preferences } from '../storage/preferences';
import {
  customNudgesStorage,
  hiddenNudgesStorage,
  learnedWeightsStorage,
  preferencesStorage,
} from '../storage/storage';
import type { StoredItem } from '../storage/stored-item';

/**
 * The small stored items of record (history lives in IndexedDB), as stored: lists may hold
 * broken entries, which are read and written back untouched.
 */
export interface StoredRecord {
  preferences: Preferences;
  customNudges: CustomNudge[];
  learnedWeights: LearnedWeights;
  hiddenNudges: string[];
}

const items: { [K in keyof StoredRecord]: StoredItem<StoredRecord[K]> } = {
  preferences: preferencesStorage,
  customNudges: customNudgesStorage,
  learnedWeights: learnedWeightsStorage,
  hiddenNudges: hiddenNudgesStorage,
};

const asList = <T>(value: T[]): T[] => (Array.isArray(value) ? value : []);
const asObject = <T extends object>(value: T): T =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : ({} as T);

/** Reads every stored item of record at once. */
export async function readStoredRecord(): Promise<StoredRecord> {
  const [preferences, customNudges, learnedWeights, hiddenNudges] = await Promise.all([
    items.preferences.getValue(),
    items.customNudges.getValue(),
    items.learnedWeights.getValue(),
    items.hiddenNudges.getValue(),
  ]);
  return {
    preferences,
    customNudges: asList(customNudges),
    learnedWeights: asObject(learnedWeights),
    hiddenNudges: asList(hiddenNudges),
  };
}

/** Writes the parts given, together; rejects if any write failed (the others may have landed). */
export async function writeStoredRecord(parts: Partial<StoredRecord>): Promise<void> {
  const keys = Object.keys(parts) as (keyof StoredRecord)[];
  await Promise.all(keys.map((key) => (items[key] as StoredItem<unknown>).setValue(parts[key])));
}

/** Removes every stored item of record, so each reads as its fallback (settings: the defaults). */
export async function forgetStoredRecord(): Promise<void> {
  await Promise.all(Object.values(items).map((item: StoredItem<unknown>) => item.setValue(null)));
}
