import { formatClock } from '@/utils/local-time';
import { pauseForAnHour, tomorrowMorning } from '@/utils/schedule';

interface PauseControlsProps {
  pausedUntil: number | null;
  now: number;
  onSave: (pausedUntil: number | null) => void;
}

function describe(until: number, now: number): string {
  const sameDay = new Date(until).toDateString() === new Date(now).toDateString();
  return `Paused until ${sameDay ? '' : 'tomorrow, '}${formatClock(until)}. Nudges come back on their own.`;
}

export function PauseControls({ pausedUntil, now, onSave }: PauseControlsProps) {
  const paused = pausedUntil !== null && pausedUntil > now;
  return (
    <section class="field" aria-labelledby="pause-heading">
      <h2 id="pause-heading">Need a break?</h2>
      <p class="status" role="status">
        {paused ? describe(pausedUntil, now) : 'Nudges are on.'}
      </p>
      <div class="row">
        <button type="button" onClick={() => onSave(pauseForAnHour(now))}>
          Pause for an hour
        </button>
        <button type="button" onClick={() => onSave(tomorrowMorning(now))}>
          Pause until tomorrow morning
        </button>
        {paused && (
          <button type="button" class="primary" onClick={() => onSave(null)}>
            Resume now
          </button>
        )}
      </div>
    </section>
  );
}
