import { i18n } from '#i18n';

export const QUIET_FIELD_ID = 'welcome-quiet-start';

interface QuietStepProps {
  value: { start: string; end: string };
  /** What is wrong with the times, or ''. */
  error: string;
  onChange: (value: { start: string; end: string }) => void;
}

/** Step 2: one nightly quiet range, every day (settings can add more, and days). */
export function QuietStep({ value, error, onChange }: QuietStepProps) {
  const describedBy = error ? 'welcome-quiet-hint welcome-quiet-error' : 'welcome-quiet-hint';
  const timeProps = { 'aria-describedby': describedBy, 'aria-invalid': error !== '' };
  return (
    <div class="field">
      <p class="hint" id="welcome-quiet-hint">
        {i18n.t('welcome.quiet_hint')}
      </p>
      <div class="welcome-times">
        <label>
          {i18n.t('welcome.quiet_from')}
          <input
            id={QUIET_FIELD_ID}
            type="time"
            value={value.start}
            {...timeProps}
            onInput={(e) => onChange({ ...value, start: e.currentTarget.value })}
          />
        </label>
        <label>
          {i18n.t('welcome.quiet_until')}
          <input
            id="welcome-quiet-end"
            type="time"
            value={value.end}
            {...timeProps}
            onInput={(e) => onChange({ ...value, end: e.currentTarget.value })}
          />
        </label>
      </div>
      {error && (
        <p class="error" id="welcome-quiet-error">
          {error}
        </p>
      )}
    </div>
  );
}
