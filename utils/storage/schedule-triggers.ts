import type { Storage } from 'webextension-polyfill';

type Changes = Record<string, Storage.StorageChange>;

/** Storage keys whose change means the next nudge must be computed afresh. */
const SCHEDULE_KEYS: Record<string, readonly string[]> = {
  sync: ['preferences'],
  local: ['snoozedUntil', 'energy'],
};

/** Preferences that change only how things look or read, never when a nudge comes. */
const DISPLAY_ONLY: readonly string[] = ['partnerName', 'theme'];

/** Whether some field other than the display-only ones differs between two stored values. */
function scheduleFieldChanged({ oldValue, newValue }: Storage.StorageChange): boolean {
  if (typeof oldValue !== 'object' || typeof newValue !== 'object' || !oldValue || !newValue)
    return true;
  const before = oldValue as Record<string, unknown>;
  const after = newValue as Record<string, unknown>;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].some(
    (field) =>
      !DISPLAY_ONLY.includes(field) &&
      JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/** Whether a storage change affects when the next nudge comes. */
export function affectsSchedule(changes: Changes, area: string): boolean {
  const keys = SCHEDULE_KEYS[area] ?? [];
  return Object.entries(changes).some(
    ([key, change]) =>
      keys.includes(key) && (key !== 'preferences' || scheduleFieldChanged(change)),
  );
}
