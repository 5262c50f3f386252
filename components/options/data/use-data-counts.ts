import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countData, type DataCounts } from '@/utils/backup/clear-all-data';

/** What is kept now; null while first counted, `unknown` when it could not be counted. */
export type KeptCounts = DataCounts | 'unknown' | null;

/**
 * What is kept now, for "Clear all data" to name; read again whenever storage changes (a
 * nudge arriving writes there too) and when `refresh` is called after an import or a clear.
 */
export function useDataCounts(): { counts: KeptCounts; refresh: () => void } {
  const [counts, setCounts] = useState<KeptCounts>(null);
  const refresh = (): void => {
    countData().then(setCounts, () => setCounts('unknown'));
  };
  useEffect(() => {
    refresh();
    const listener = (): void => refresh();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return { counts, refresh };
}
