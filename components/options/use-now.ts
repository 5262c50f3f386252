import { useEffect, useState } from 'preact/hooks';
import { MINUTE } from '@/utils/time/local-time';

/**
 * The time, moving on each minute and whenever the page is looked at again, so "paused
 * until" turns back into "on" by itself and the glance is fresh when its tab comes back.
 */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const tick = (): void => setNow(Date.now());
    const id = setInterval(tick, MINUTE);
    const onShown = (): void => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onShown);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onShown);
    };
  }, []);
  return now;
}
