import { i18n } from '#i18n';
import { deliveryModes, type DeliveryMode } from '@/utils/storage/preferences';

/** Each way a nudge can arrive, in its own words. */
function choice(mode: DeliveryMode): { label: string; hint: string } {
  if (mode === 'notification')
    return {
      label: i18n.t('welcome.delivery_notification'),
      hint: i18n.t('welcome.delivery_notification_hint'),
    };
  if (mode === 'badge')
    return { label: i18n.t('welcome.delivery_badge'), hint: i18n.t('welcome.delivery_badge_hint') };
  return { label: i18n.t('welcome.delivery_popup'), hint: i18n.t('welcome.delivery_popup_hint') };
}

interface DeliveryStepProps {
  value: DeliveryMode;
  onChange: (mode: DeliveryMode) => void;
}

/** Step 3: how nudges arrive. The radios are named by the step's heading. */
export function DeliveryStep({ value, onChange }: DeliveryStepProps) {
  return (
    <fieldset class="field welcome-choices" aria-labelledby="step-heading">
      {deliveryModes.map((mode) => {
        const { label, hint } = choice(mode);
        return (
          <label key={mode} class="check">
            <input
              id={`welcome-delivery-${mode}`}
              type="radio"
              name="delivery"
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
            />
            <span>
              {label} <span class="hint">{hint}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
