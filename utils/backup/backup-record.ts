import type { StoredItem, StoredValue } from '../storage/stored-item';
import { forgetItems, storedItems } from '../storage/stored-items';

/** The small stored items of record (stored-items.ts `storedItems.record`; history is in IndexedDB). */
const items = storedItems.record;
type RecordItems = typeof items;

/**
 * The small stored items of record, by name, as stored: lists may hold broken entries, which
 * are read and written back untouched.
 */
export type StoredRecord = { [K in keyof RecordItems]: StoredValue<RecordItems[K]> };

/** The names of the items of record: the parts of a backup beside its history. */
export const recordNames = Object.keys(items) as (keyof StoredRecord)[];

const asList = <T>(value: T[]): T[] => (Array.isArray(value) ? value : []);
const asObject = <T extends object>(value: T): T =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : ({} as T);

/** The parts of record of something that has them (a backup), and nothing else. */
export function recordOf(source: StoredRecord): StoredRecord {
  return Object.fromEntries(recordNames.map((name) => [name, source[name]])) as StoredRecord;
}

/** Reads every stored item of record at once. */
export async function readStoredRecord(): Promise<StoredRecord> {
  const values = await Promise.all(recordNames.map((name) => items[name].getValue()));
  const record = Object.fromEntries(
    recordNames.map((name, i) => [name, values[i]]),
  ) as StoredRecord;
  return {
    ...record,
    customNudges: asList(record.customNudges),
    learnedWeights: asObject(record.learnedWeights),
    hiddenNudges: asList(record.hiddenNudges),
  };
}

/** Writes the parts given, together; rejects if any write failed (the others may have landed). */
export async function writeStoredRecord(parts: Partial<StoredRecord>): Promise<void> {
  const names = Object.keys(parts) as (keyof StoredRecord)[];
  await Promise.all(
    names.map((name) => (items[name] as StoredItem<unknown>).setValue(parts[name])),
  );
}

/** Removes every stored item of record, so each reads as its fallback (settings: the defaults). */
export async function forgetStoredRecord(): Promise<void> {
  await forgetItems(items);
}
