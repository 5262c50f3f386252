import { i18n } from '#i18n';
import { PARTNER_NAME_MAX } from '@/utils/storage/preferences';

export const NAME_FIELD_ID = 'welcome-name';

interface NameStepProps {
  value: string;
  /** What is wrong with the name, or ''. */
  error: string;
  onInput: (name: string) => void;
}

/** Step 1: the partner's name, used inside nudges. */
export function NameStep({ value, error, onInput }: NameStepProps) {
  return (
    <div class="field">
      <label for={NAME_FIELD_ID}>{i18n.t('welcome.name_label')}</label>
      <p class="hint" id="welcome-name-hint">
        {i18n.t('welcome.name_hint')}
      </p>
      <input
        id={NAME_FIELD_ID}
        type="text"
        autocomplete="off"
        value={value}
        // A little room past the limit, so a long paste shows the message instead of being cut.
        maxLength={PARTNER_NAME_MAX + 20}
        aria-describedby={error ? 'welcome-name-hint welcome-name-error' : 'welcome-name-hint'}
        aria-invalid={error !== ''}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="error" id="welcome-name-error">
          {error}
        </p>
      )}
    </div>
  );
}
