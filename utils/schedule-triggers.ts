import type { Storage } from 'webextension-polyfill';

type Changes = Record<string, Storage.StorageChange>;

/** Storage keys whose change means the next nudge must be computed afresh. */
const SCHEDULE_KEYS: Record<string, readonly string[]> = {
  sync: ['preferences'],
  local: ['snoozedUntil', 'energy'],
};

/** Whether a storage change affects when the next nudge comes. */
export function affectsSchedule(changes: Changes, area: string): boolean {
  const keys = SCHEDULE_KEYS[area] ?? [];
  return Object.keys(changes).some((key) => keys.includes(key));
}
