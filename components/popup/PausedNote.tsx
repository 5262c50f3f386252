import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dayClockWords } from '../day-clock-words';
import { loadPreferences, savePreferences } from '@/utils/storage/preferences-store';
import { nextNudgeAtStorage } from '@/utils/storage/storage';
import { dayFromNow } from '@/utils/time/day-from-now';

/**
 * A pause set in settings, said below the nudge (so nothing moves when it shows), with
 * Resume. The popup still offers an idea when asked: the pause holds only what comes unasked.
 * On demand: the popup loads it when utils/storage/peek-pause.ts sees a pause.
 */
export function PausedNote({ now }: { now: () => number }) {
  const [until, setUntil] = useState<number | null>(null);
  // Resumed here: said where the note was, and the keyboard stays there (the button is gone).
  const [resumed, setResumed] = useState(false);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => said.current?.focus(), [resumed]);
  useEffect(() => {
    void Promise.all([loadPreferences(), nextNudgeAtStorage.getValue()])
      .then(([{ pausedUntil }, armed]) =>
        // The pause as the worker keeps it: one it ignored (set by a clock that ran ahead,
        // further than any pause can reach) has a nudge armed before its end.
        setUntil(
          armed !== null && pausedUntil !== null && armed < pausedUntil ? null : pausedUntil,
        ),
      )
      .catch(() => undefined);
  }, []);

  const at = now();
  if (resumed)
    return (
      <p class="paused" role="status" tabIndex={-1} ref={said}>
        {i18n.t('options.pause.on')}
      </p>
    );
  if (until === null || until <= at) return null;
  // As the options page's Resume saves it (the worker re-arms on the change).
  const resume = () =>
    void savePreferences({ pausedUntil: null })
      .then(() => setResumed(true))
      .catch(() => undefined);
  return (
    <p class="paused">
      {dayClockWords(until, dayFromNow(until, at), {
        today: 'popup.paused_today',
        tomorrow: 'popup.paused_tomorrow',
        later: 'popup.paused_day',
      })}{' '}
      <button type="button" class="link" onClick={resume}>
        {i18n.t('popup.resume')}
      </button>
    </p>
  );
}
