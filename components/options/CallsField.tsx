import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CALL_SITE_PATTERNS } from '@/utils/schedule/hold-rules';

interface CallsFieldProps {
  value: boolean;
  onSave: (waitDuringCalls: boolean) => void;
}

const origins = [...CALL_SITE_PATTERNS];

/**
 * Whether this device lets Still Us see the call sites, as the browser says now: permissions
 * are per device (not synced), and the person can take them back in the browser's own
 * settings. Null until the browser has answered. `look` asks it again.
 */
function useCallSitesAllowed(): [allowed: boolean | null, look: () => void] {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const look = (): void =>
    void browser.permissions.contains({ origins }).then(setAllowed, () => setAllowed(false));
  useEffect(() => {
    look();
    browser.permissions.onAdded.addListener(look);
    browser.permissions.onRemoved.addListener(look);
    return () => {
      browser.permissions.onAdded.removeListener(look);
      browser.permissions.onRemoved.removeListener(look);
    };
  }, []);
  return [allowed, look];
}

/**
 * "Wait while I'm on a call": off by default. Turning it on asks the browser to let Still
 * Us see the addresses of a few call sites (only those); it never reads any page. On without
 * them (another device turned it on, or they were taken back) it still waits for sound, and
 * says so, with a button to ask here.
 */
export function CallsField({ value, onSave }: CallsFieldProps) {
  const [allowed, look] = useCallSitesAllowed();
  // Whether the person was asked on this page: then the answer is what the status tells.
  const [asked, setAsked] = useState(false);

  // Inside the click: browsers only show the prompt for a person's gesture.
  const ask = (): void => {
    setAsked(true);
    // Looked at again after: a "no" fires no event.
    void browser.permissions
      .request({ origins })
      .catch(() => false)
      .then(look);
  };
  const turnOn = (): void => {
    // Saved before asking: the worker gives the sites back while the stored option is off,
    // so the answer to the prompt should find "on" already stored.
    onSave(true);
    ask();
  };
  const turnOff = (): void => {
    onSave(false);
    setAsked(false);
    void browser.permissions.remove({ origins }).catch(() => false);
  };

  const missing = value && allowed === false;
  let status = '';
  if (missing) status = i18n.t(asked ? 'options.calls.sound_only' : 'options.calls.not_here');
  else if (value && allowed && asked) status = i18n.t('options.calls.sees_calls');

  return (
    <fieldset class="field">
      <legend>{i18n.t('options.calls.legend')}</legend>
      <p class="hint">{i18n.t('options.calls.hint')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={value}
          aria-describedby="calls-hint"
          onChange={(event) => (event.currentTarget.checked ? turnOn() : turnOff())}
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
      {missing && (
        <button type="button" onClick={ask}>
          {i18n.t('options.calls.allow')}
        </button>
      )}
    </fieldset>
  );
}
