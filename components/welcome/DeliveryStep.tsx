import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { RadioFieldset } from '../fields/RadioFieldset';
import { deliveryModes, type DeliveryMode } from '@/utils/storage/preferences';

interface DeliveryStepProps {
  value: DeliveryMode;
  onChange: (mode: DeliveryMode) => void;
}

/** Step 3: how nudges arrive. The radios are named by the step's heading. */
export function DeliveryStep({ value, onChange }: DeliveryStepProps): JSX.Element {
  return (
    <RadioFieldset
      name="delivery"
      labelledBy="step-heading"
      class="field welcome-choices"
      idPrefix="welcome-delivery"
      choices={deliveryModes}
      value={value}
      onChange={onChange}
      label={(mode) => i18n.t(`welcome.delivery_${mode}`)}
      hint={(mode) => i18n.t(`welcome.delivery_${mode}_hint`)}
    />
  );
}
