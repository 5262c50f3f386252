import type { Storage } from 'webextension-polyfill';
import { energyStorage, preferencesStorage, snoozedUntilStorage } from './storage';
import type { StoredItem } from './stored-item';
import { fields } from '../platform/fields';

type Changes = Record<string, Storage.StorageChange>;

/**
 * The items whose change means the next nudge must be computed afresh (their `rearms`). Listed
 * here, not derived from stored-items.ts, so the worker leaves that registry out; a test fails
 * for an item with `rearms` left out.
 */
export const scheduleItems: readonly StoredItem<unknown>[] = [
  preferencesStorage,
  snoozedUntilStorage,
  energyStorage,
];

/** Whether some field other than the ones that don't count differs between two stored values. */
function fieldChanged(
  { oldValue, newValue }: Storage.StorageChange,
  except: readonly string[],
): boolean {
  const before = fields(oldValue);
  const after = fields(newValue);
  if (!before || !after) return true;
  // Every field either value has.
  return Object.keys({ ...before, ...after }).some(
    (field) =>
      !except.includes(field) && JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/** Whether a storage change affects when the next nudge comes. */
export function affectsSchedule(changes: Changes, area: string): boolean {
  return scheduleItems.some(({ key, rearms }) => {
    const [itemArea, name] = key.split(':') as [string, string];
    const change = changes[name];
    return (
      itemArea === area &&
      change !== undefined &&
      (rearms === true || fieldChanged(change, rearms?.except ?? []))
    );
  });
}
