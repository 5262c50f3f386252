import { browser } from 'wxt/browser';
import { forgetStoredRecord, readStoredRecord } from './backup-record';
import { clearBadge } from '../delivery/badge';
import { isCustomNudge } from '../library/custom-nudges';
import { NUDGE_NOTIFICATION } from '../delivery/deliver-nudge';
import { clearHistory, countHistory } from '../history/history';
import { savePendingNudge } from '../storage/pending-nudge';
import {
  energyStorage,
  heldNudgeStorage,
  nudgeBagStorage,
  snoozedUntilStorage,
} from '../storage/storage';
import type { StoredItem } from '../storage/stored-item';

/** What "Clear all data" would remove, for its question. Settings are always there. */
export interface DataCounts {
  customNudges: number;
  history: number;
  /** Whether anything was learned or hidden ("what Still Us learned"). */
  learned: boolean;
}

export async function countData(): Promise<DataCounts> {
  const [record, history] = await Promise.all([readStoredRecord(), countHistory()]);
  return {
    customNudges: record.customNudges.filter(isCustomNudge).length,
    history,
    learned: Object.keys(record.learnedWeights).length > 0 || record.hiddenNudges.length > 0,
  };
}

/**
 * The moment's state: the nudge waiting in the popup (and its badge and notification), a held
 * one, a snooze, the no-repeat bag, today's "how are you". Kept: the alarm's own bookkeeping
 * (its time and the last alarm handled), which the worker rewrites when it re-arms.
 */
export async function clearRuntimeState(): Promise<void> {
  await Promise.all([
    savePendingNudge(null),
    clearBadge(),
    browser.notifications.clear(NUDGE_NOTIFICATION),
    snoozedUntilStorage.setValue(null),
    heldNudgeStorage.setValue(null),
    energyStorage.setValue(null),
    (nudgeBagStorage as StoredItem<unknown>).setValue(null),
  ]);
}

/**
 * Everything goes: settings back to their defaults (in every browser that syncs them), own
 * nudges, what was learned, hidden nudges, history, and the moment's state. The worker
 * re-arms by itself: it listens for changes to settings, snooze and "how are you".
 */
export async function clearAllData(): Promise<void> {
  await Promise.all([forgetStoredRecord(), clearHistory()]);
  await clearRuntimeState();
}
