import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { RadioFieldset } from '../fields/RadioFieldset';
import { deliveryModes, type DeliveryMode } from '@/utils/storage/preferences';

interface DeliveryFieldProps {
  value: DeliveryMode;
  onSave: (mode: DeliveryMode) => void;
}

/** "How should nudges arrive?": the popup, a notification, or only a badge. */
export function DeliveryField({ value, onSave }: DeliveryFieldProps): JSX.Element {
  return (
    <RadioFieldset
      name="delivery"
      legend={i18n.t('options.delivery.legend')}
      choices={deliveryModes}
      value={value}
      onChange={onSave}
      label={(mode) => i18n.t(`options.delivery.${mode}`)}
      hint={(mode) => i18n.t(`options.delivery.${mode}_hint`)}
    />
  );
}
