export const SNOOZE_MINUTES = [15, 30, 60] as const;

interface SnoozeChoicesProps {
  onChoose: (minutes: number) => void;
  /** "Never show this one". */
  onNever: () => void;
  onCancel: () => void;
}

const label = (minutes: number): string => (minutes === 60 ? '1 hour' : `${minutes} minutes`);

/** "Not now" asks when to come back, and offers to retire this one nudge for good. */
export function SnoozeChoices({ onChoose, onNever, onCancel }: SnoozeChoicesProps) {
  return (
    <div role="group" aria-label="Remind me again in" class="snooze">
      <p class="snooze-title">Remind me again in…</p>
      <div class="row">
        {SNOOZE_MINUTES.map((minutes) => (
          <button type="button" key={minutes} onClick={() => onChoose(minutes)}>
            {label(minutes)}
          </button>
        ))}
        <button type="button" class="link" onClick={onCancel}>
          Back
        </button>
      </div>
      <button type="button" class="link" onClick={onNever}>
        Never show this one
      </button>
    </div>
  );
}
