import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { pauseForAnHour, tomorrowMorning } from '@/utils/schedule/next-nudge-time';

interface PauseControlsProps {
  /** Whether a pause holds now (as the schedule reads it): then "Resume now" is offered. */
  paused: boolean;
  now: number;
  onSave: (pausedUntil: number | null) => void;
}

/** "Need a break?": pause for an hour or until the morning, or resume. The glance says until when. */
export function PauseControls({ paused, now, onSave }: PauseControlsProps): JSX.Element {
  return (
    <>
      <h3 id="pause-heading">{i18n.t('options.pause.heading')}</h3>
      <div class="row" role="group" aria-labelledby="pause-heading">
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
    </>
  );
}
