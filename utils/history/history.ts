import { clear, createStore, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { FilledNudge } from '../library/fill-partner';
import type { Category } from '../library/nudge';

/** How a nudge reached the person; `manual` when they opened the popup themselves. */
export const deliveries = ['popup', 'notification', 'badge', 'manual'] as const;
export type Delivery = (typeof deliveries)[number];
/** What happened: shown, or what the person did with it. */
export const historyActions = ['shown', 'copied', 'done', 'snoozed', 'another', 'hidden'] as const;
export type HistoryAction = (typeof historyActions)[number];

export interface HistoryEntry {
  /** Epoch ms. */
  at: number;
  nudgeId: string;
  category: Category;
  /** The text as it was shown, name filled in. */
  text: string;
  /** The message to send, when the nudge had one. */
  message?: string;
  action: HistoryAction;
  /** Set on `shown` entries. */
  delivery?: Delivery;
}

/** The parts of an entry that describe the nudge itself. */
export function historyFields(
  nudge: FilledNudge,
): Pick<HistoryEntry, 'nudgeId' | 'category' | 'text' | 'message'> {
  return {
    nudgeId: nudge.id,
    category: nudge.category,
    text: nudge.text,
    ...(nudge.message === undefined ? {} : { message: nudge.message }),
  };
}

let db: UseStore | undefined;
/** One record per entry keyed `[at, random]`: appending never rewrites what is stored. */
export function historyStore(): UseStore {
  db ??= createStore('still-us-history', 'entries');
  return db;
}

export async function appendHistory(entry: HistoryEntry): Promise<void> {
  await set([entry.at, Math.random()], entry, historyStore());
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
        found.push(cursor.value as HistoryEntry);
        cursor.continue();
      };
    });
  });
}

/** The newest `limit` entries, newest first. */
export function readHistory(limit = 200): Promise<HistoryEntry[]> {
  return readNewest(limit);
}

/** Entries since `since` (epoch ms), newest first. */
export function readHistorySince(since: number, limit = 1000): Promise<HistoryEntry[]> {
  return readNewest(limit, IDBKeyRange.lowerBound([since]));
}

export async function countHistory(): Promise<number> {
  return historyStore()('readonly', (store) => promisifyRequest(store.count()));
}

export async function clearHistory(): Promise<void> {
  await clear(historyStore());
}
