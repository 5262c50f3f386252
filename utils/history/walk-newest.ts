/** `getAllRecords` (Chromium 141+; not yet in TypeScript's DOM types): records in one request. */
type RecordsStore = IDBObjectStore & {
  getAllRecords?: (options: {
    query: IDBKeyRange | null;
    count: number;
    direction: IDBCursorDirection;
  }) => IDBRequest<{ primaryKey: IDBValidKey; value: unknown }[]>;
};

/**
 * Visits the records of `range` newest first until `visit` says stop (false), and resolves
 * whether none were left. Where the browser has `getAllRecords` it reads `batch` at a time, a
 * request each instead of a step of a cursor each: on a page still loading every step waits its
 * turn on the main thread, which costs the first page of a long history more than the reading.
 */
export function walkNewest(
  store: IDBObjectStore,
  range: IDBKeyRange | null,
  visit: (key: IDBValidKey, value: unknown) => boolean,
  batch: number,
): Promise<boolean> {
  const records = (store as RecordsStore).getAllRecords?.bind(store);
  return new Promise((resolve, reject) => {
    const read = (query: IDBKeyRange | null): void => {
      const request = records
        ? records({ query, count: batch, direction: 'prev' })
        : store.openCursor(query, 'prev');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const found = request.result;
        if (Array.isArray(found)) {
          for (const { primaryKey, value } of found)
            if (!visit(primaryKey, value)) return resolve(false);
          const last = found.at(-1);
          if (found.length < batch || !last) return resolve(true);
          read(IDBKeyRange.upperBound(last.primaryKey, true));
        } else if (!found) resolve(true);
        else if (!visit(found.primaryKey, found.value)) resolve(false);
        else found.continue();
      };
    };
    read(range);
  });
}
