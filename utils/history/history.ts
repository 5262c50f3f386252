import { clear, createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Delivery, ShownNudge } from '../library/shown-nudge';
/** What happened: shown, or what the person did with it. */
export const historyActions = ['shown', 'copied', 'done', 'snoozed', 'another', 'hidden'] as const;
export type HistoryAction = (typeof historyActions)[number];

/** What happened to a shown nudge (its fields as shown), and when. */
export interface HistoryEntry extends ShownNudge {
  /** Epoch ms. */
  at: number;
  action: HistoryAction;
  /** Set on `shown` entries. */
  delivery?: Delivery;
}

/**
 * An entry as read from the store. Entries written before the shapes were one call the
 * nudge's id `nudgeId`; they read as today's shape, and are never rewritten.
 */
export function storedEntry(
  record: HistoryEntry | (Omit<HistoryEntry, 'id'> & { nudgeId: string }),
): HistoryEntry {
  if (!('nudgeId' in record)) return record;
  const { nudgeId, ...rest } = record;
  return { ...rest, id: nudgeId };
}

let db: UseStore | undefined;
/** One record per entry keyed `[at, random]`: appending never rewrites what is stored. */
export function historyStore(): UseStore {
  db ??= createStore('still-us-history', 'entries');
  return db;
}

export async function appendHistory(entry: HistoryEntry): Promise<void> {
  // idb-keyval's `set`, written out: its default store would come along into the worker.
  await historyStore()('readwrite', (store) => {
    store.put(entry, [entry.at, Math.random()]);
    return promisifyRequest(store.transaction);
  });
}

/** Walks entries from newest to oldest, at most `limit`, from `range` when given. */
function readNewest(limit: number, range: IDBKeyRange | null = null): Promise<HistoryEntry[]> {
  return historyStore()('readonly', (store) => {
    const found: HistoryEntry[] = [];
    const request = store.openCursor(range, 'prev');
    return new Promise<HistoryEntry[]>((resolve, reject) => {
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || found.length >= limit) return resolve(found);
        found.push(storedEntry(cursor.value as HistoryEntry));
        cursor.continue();
      };
    });
  });
}

/** The newest `limit` entries, newest first. */
export function readHistory(limit = 200): Promise<HistoryEntry[]> {
  return readNewest(limit);
}

/** Entries since `since` and up to `until` (epoch ms, both included), newest first. */
export function readHistorySince(
  since: number,
  limit = 1000,
  until = Infinity,
): Promise<HistoryEntry[]> {
  // Keys are [at, random]: [until, Infinity] is above every key of that moment.
  return readNewest(limit, IDBKeyRange.bound([since], [until, Infinity]));
}

export async function countHistory(): Promise<number> {
  return historyStore()('readonly', (store) => promisifyRequest(store.count()));
}

export async function clearHistory(): Promise<void> {
  await clear(historyStore());
}
