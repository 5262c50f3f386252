import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { TimeRangeFields } from '../fields/TimeRangeFields';

export const QUIET_FIELD_ID = 'welcome-quiet-start';

interface QuietStepProps {
  value: { start: string; end: string };
  /** What is wrong with the times, or ''. */
  error: string;
  onChange: (value: { start: string; end: string }) => void;
}

/** Step 2: one nightly quiet range, every day (settings can add more, and days). */
export function QuietStep({ value, error, onChange }: QuietStepProps): JSX.Element {
  return (
    <div class="field">
      <p class="hint" id="welcome-quiet-hint">
        {i18n.t('welcome.quiet_hint')}
      </p>
      <div class="welcome-times">
        <TimeRangeFields
          value={value}
          onChange={onChange}
          fromText={i18n.t('welcome.quiet_from')}
          untilText={i18n.t('welcome.quiet_until')}
          startId={QUIET_FIELD_ID}
          endId="welcome-quiet-end"
          invalid={error !== ''}
          describedBy={error ? 'welcome-quiet-hint welcome-quiet-error' : 'welcome-quiet-hint'}
          live
        />
      </div>
      {error && (
        <p class="error" id="welcome-quiet-error">
          {error}
        </p>
      )}
    </div>
  );
}
