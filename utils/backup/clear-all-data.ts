import { forgetStoredRecord, readStoredRecord } from './backup-record';
import { clearBadge } from '../delivery/badge';
import { isCustomNudge } from '../library/custom-nudges';
import { clearHistory, countHistory } from '../history/history';
import { savePendingNudge } from '../popup/pending-nudge';
import { forgetItems, storedItems } from '../storage/stored-items';

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
 * The moment's state: every `runtime` item (stored-items.ts: the nudge waiting in
 * the popup, a held one, a snooze, the no-repeat bag, today's "how are you"), and the waiting
 * nudge's badge and every nudge notification. Kept: the alarm's own bookkeeping, which the worker
 * rewrites when it re-arms, and that the welcome page was shown.
 */
export async function clearRuntimeState(): Promise<void> {
  await Promise.all([
    forgetItems(storedItems.runtime),
    // Points the toolbar popup back at the plain page, and clears every nudge notification
    // (any id, old or new: nudge-notification.ts), as every letting go of a nudge does.
    savePendingNudge(null),
    clearBadge(),
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
