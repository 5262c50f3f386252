/**
 * Empties Still Us's history, run inside an extension page (`page.evaluate(clearHistoryInPage)`,
 * Playwright or Puppeteer): self-contained, as evaluate sends only its source.
 */
export function clearHistoryInPage(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('still-us-history');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('entries')) return resolve();
      const clear = db.transaction('entries', 'readwrite').objectStore('entries').clear();
      clear.onsuccess = () => resolve();
      clear.onerror = () => reject(clear.error);
    };
  });
}
