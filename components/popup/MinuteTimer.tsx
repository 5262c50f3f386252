import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';

const MINUTE_S = 60;

/**
 * The check-in's optional one-minute timer: quiet, no sound, nothing moving but the
 * seconds (so reduced motion has nothing to turn off). Screen readers hear its start and
 * end, not every second.
 */
export function MinuteTimer(): JSX.Element {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (left === null || left === 0) return;
    const tick = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(tick);
  }, [left]);

  if (left === null)
    return (
      <button type="button" class="timer-start" onClick={() => setLeft(MINUTE_S)}>
        {i18n.t('popup.timer_start')}
      </button>
    );
  return (
    <p class="timer" role="status">
      <span aria-hidden={left > 0 && left < MINUTE_S}>
        {left === 0 ? i18n.t('popup.timer_done') : `0:${String(left).padStart(2, '0')}`}
      </span>
    </p>
  );
}
