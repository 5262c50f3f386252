import { useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '@/utils/storage/stored-item';

/** A stored value, read once and followed in every tab: `fallback` until it has been read. */
export function useStored<T>(item: StoredItem<T>): T {
  const [value, setValue] = useState(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}
