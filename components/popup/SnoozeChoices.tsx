import { i18n } from '#i18n';

export const SNOOZE_MINUTES = [15, 30, 60] as const;

interface SnoozeChoicesProps {
  /** Minutes, or 'today': the rest of today. */
  onChoose: (choice: number | 'today') => void;
  /** "Never show this one". */
  onNever: () => void;
  onCancel: () => void;
}

const label = (minutes: number): string =>
  minutes === 60 ? i18n.t('popup.snooze_hour') : i18n.t('popup.snooze_minutes', minutes);

/** "Not now" asks when to come back, and offers to retire this one nudge for good. */
export function SnoozeChoices({ onChoose, onNever, onCancel }: SnoozeChoicesProps) {
  return (
    <div role="group" aria-label={i18n.t('popup.snooze_group')} class="snooze">
      <p class="snooze-title">{i18n.t('popup.snooze_title')}</p>
      <div class="row">
        {SNOOZE_MINUTES.map((minutes) => (
          <button type="button" key={minutes} onClick={() => onChoose(minutes)}>
            {label(minutes)}
          </button>
        ))}
        <button type="button" onClick={() => onChoose('today')}>
          {i18n.t('popup.snooze_today')}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          {i18n.t('popup.back')}
        </button>
      </div>
      <button type="button" class="link" onClick={onNever}>
        {i18n.t('popup.never')}
      </button>
    </div>
  );
}
