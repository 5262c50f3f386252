import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CALL_SITE_PATTERNS } from '@/utils/schedule/hold-rules';

interface CallsFieldProps {
  value: boolean;
  onSave: (waitDuringCalls: boolean) => void;
}

const origins = [...CALL_SITE_PATTERNS];

/**
 * "Wait while I'm on a call": off by default. Turning it on asks the browser to let Still
 * Us see the addresses of a few call sites (only those); it never reads any page.
 */
export function CallsField({ value, onSave }: CallsFieldProps) {
  const [status, setStatus] = useState('');

  const turnOn = async (): Promise<void> => {
    // Asked first, inside the click: browsers only show the prompt for a person's gesture.
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    onSave(true);
    setStatus(i18n.t(granted ? 'options.calls.sees_calls' : 'options.calls.sound_only'));
  };
  const turnOff = (): void => {
    onSave(false);
    setStatus('');
    void browser.permissions.remove({ origins }).catch(() => false);
  };

  return (
    <fieldset class="field">
      <legend>{i18n.t('options.calls.legend')}</legend>
      <p class="hint">{i18n.t('options.calls.hint')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={value}
          aria-describedby="calls-hint"
          onChange={(event) => (event.currentTarget.checked ? void turnOn() : turnOff())}
        />
        <span>
          {i18n.t('options.calls.toggle')}{' '}
          <span class="hint" id="calls-hint">
            {i18n.t('options.calls.toggle_hint')}
          </span>
        </span>
      </label>
      <p class="hint" role="status">
        {status}
      </p>
    </fieldset>
  );
}
