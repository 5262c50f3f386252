import { promisifyRequest } from 'idb-keyval';
import { historyStore, storedEntry, type HistoryEntry } from '../history/history';

// Kept apart from history.ts: the popup and the worker share that module's chunk, and only
// the options page needs to read or write history in bulk.

/** Reads everything, oldest first, `size` entries per short transaction: a big store never holds one long read open. */
export async function* historyChunks(size = 1000): AsyncGenerator<HistoryEntry[]> {
  let after: IDBValidKey | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const [keys, values] = await historyStore()(
      'readonly',
      (store): Promise<[IDBValidKey[], unknown[]]> =>
        Promise.all([
          promisifyRequest(store.getAllKeys(range, size)),
          promisifyRequest(store.getAll(range, size)),
        ]),
    );
    if (values.length > 0) yield (values as HistoryEntry[]).map(storedEntry);
    if (values.length < size) return;
    after = keys[keys.length - 1] ?? null;
  }
}

/** Every entry, oldest first (for a backup). */
export async function readAllHistory(): Promise<HistoryEntry[]> {
  const all: HistoryEntry[] = [];
  for await (const chunk of historyChunks()) all.push(...chunk);
  return all;
}

/**
 * Keys for entries written together, sorted oldest first: entries of the same millisecond
 * keep their order (plain random keys would shuffle a "shown" and a "copied" made together).
 */
function batchKeys(sorted: readonly HistoryEntry[]): [number, number][] {
  const keys: [number, number][] = [];
  for (let start = 0; start < sorted.length;) {
    const at = sorted[start]?.at ?? 0;
    let end = start;
    while (sorted[end]?.at === at) end++;
    for (let i = start; i < end; i++) keys.push([at, (i - start + Math.random()) / (end - start)]);
    start = end;
  }
  return keys;
}

/** Writes `entries` in one transaction, all or none; `replace` first clears the store in it. */
function writeBatch(entries: readonly HistoryEntry[], replace: boolean): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const keys = batchKeys(sorted);
  return historyStore()('readwrite', (store) => {
    try {
      if (replace) store.clear();
      sorted.forEach((entry, i) => store.put(entry, keys[i]));
    } catch (error) {
      // A put that throws (an entry IndexedDB can't store) must not let the clear commit.
      store.transaction.abort();
      throw error;
    }
    return promisifyRequest(store.transaction);
  });
}

/** Adds many entries in one transaction: all of them, or (on a failure) none. */
export function appendHistoryBatch(entries: readonly HistoryEntry[]): Promise<void> {
  return writeBatch(entries, false);
}

/** Swaps the whole history for `entries` in one transaction: on a failure the old one stays. */
export function replaceHistory(entries: readonly HistoryEntry[]): Promise<void> {
  return writeBatch(entries, true);
}
