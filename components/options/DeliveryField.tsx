import { i18n } from '#i18n';
import type { DeliveryMode } from '@/utils/storage/preferences';

const modes: DeliveryMode[] = ['popup', 'notification', 'badge'];

interface DeliveryFieldProps {
  value: DeliveryMode;
  onSave: (mode: DeliveryMode) => void;
}

export function DeliveryField({ value, onSave }: DeliveryFieldProps) {
  return (
    <fieldset class="field">
      <legend>{i18n.t('options.delivery.legend')}</legend>
      {modes.map((mode) => (
        <label key={mode} class="check">
          <input
            type="radio"
            name="delivery"
            value={mode}
            checked={value === mode}
            onChange={() => onSave(mode)}
          />
          <span>
            {i18n.t(`options.delivery.${mode}`)}{' '}
            <span class="hint">{i18n.t(`options.delivery.${mode}_hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
