import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { NameInput } from '../fields/NameInput';

export const NAME_FIELD_ID = 'welcome-name';

interface NameStepProps {
  value: string;
  /** What is wrong with the name, or ''. */
  error: string;
  onInput: (name: string) => void;
}

/** Step 1: the partner's name, used inside nudges. */
export function NameStep({ value, error, onInput }: NameStepProps): JSX.Element {
  return (
    <NameInput
      id={NAME_FIELD_ID}
      label={i18n.t('welcome.name_label')}
      hint={i18n.t('welcome.name_hint')}
      value={value}
      error={error}
      onInput={onInput}
    />
  );
}
