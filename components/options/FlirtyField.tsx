import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { RadioFieldset } from '../fields/RadioFieldset';
import { flirtyLevels, type FlirtyLevel } from '@/utils/storage/preferences';

interface FlirtyFieldProps {
  value: FlirtyLevel;
  onSave: (level: FlirtyLevel) => void;
}

/** "How flirty may it get?": off, sweet, or bold but kind. Saves as soon as one is picked. */
export function FlirtyField({ value, onSave }: FlirtyFieldProps): JSX.Element {
  return (
    <RadioFieldset
      name="flirty"
      legend={i18n.t('options.flirty.legend')}
      choices={flirtyLevels}
      value={value}
      onChange={onSave}
      label={(level) => i18n.t(`options.flirty.${level}`)}
      hint={(level) => i18n.t(`options.flirty.${level}_hint`)}
    />
  );
}
