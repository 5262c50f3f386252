import { useEffect, useState } from 'preact/hooks';
import { HISTORY_CHANGED } from '@/utils/history/history-query';

/**
 * A count that goes up each time history changes under the page (cleared, imported
 * elsewhere on it): a view that reads history reads again when it changes.
 */
export function useHistoryReload(): number {
  const [reload, setReload] = useState(0);
  useEffect(() => {
    const again = (): void => setReload((n) => n + 1);
    document.addEventListener(HISTORY_CHANGED, again);
    return () => document.removeEventListener(HISTORY_CHANGED, again);
  }, []);
  return reload;
}
