import { i18n } from '#i18n';
import { clockHour, formatClock } from '@/utils/time/local-time';
import { pauseForAnHour, pauseInForce, tomorrowMorning } from '@/utils/schedule/next-nudge-time';

interface PauseControlsProps {
  pausedUntil: number | null;
  now: number;
  onSave: (pausedUntil: number | null) => void;
}

function describe(until: number, now: number): string {
  const sameDay = new Date(until).toDateString() === new Date(now).toDateString();
  const key = sameDay ? 'options.pause.until_today' : 'options.pause.until_tomorrow';
  return i18n.t(key, clockHour(until), [formatClock(until)]);
}

export function PauseControls({ pausedUntil: stored, now, onSave }: PauseControlsProps) {
  // As the schedule reads it: a pause set while the clock ran ahead (days out) holds nothing.
  const pausedUntil = pauseInForce(stored, now);
  const paused = pausedUntil !== null && pausedUntil > now;
  return (
    <section class="field" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{i18n.t('options.pause.heading')}</h2>
      <p class="status" role="status">
        {paused ? describe(pausedUntil, now) : i18n.t('options.pause.on')}
      </p>
      <div class="row">
        <button type="button" onClick={() => onSave(pauseForAnHour(now))}>
          {i18n.t('options.pause.hour')}
        </button>
        <button type="button" onClick={() => onSave(tomorrowMorning(now))}>
          {i18n.t('options.pause.morning')}
        </button>
        {paused && (
          <button type="button" class="primary" onClick={() => onSave(null)}>
            {i18n.t('options.pause.resume')}
          </button>
        )}
      </div>
    </section>
  );
}
