import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CALL_SITE_PATTERNS } from '@/utils/delivery-hold';

interface CallsFieldProps {
  value: boolean;
  onSave: (waitDuringCalls: boolean) => void;
}

const origins = [...CALL_SITE_PATTERNS];
const SEES_CALLS = 'Still Us will wait while a call site is in front or a tab plays sound.';
const SOUND_ONLY =
  'Still Us will wait while a tab plays sound. Without your yes it cannot tell call sites ' +
  'apart, and that is fine: turn this off and on again to be asked once more.';

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
    setStatus(granted ? SEES_CALLS : SOUND_ONLY);
  };
  const turnOff = (): void => {
    onSave(false);
    setStatus('');
    void browser.permissions.remove({ origins }).catch(() => false);
  };

  return (
    <fieldset class="field">
      <legend>Good moments</legend>
      <p class="hint">
        Nudges always wait while you are away, your screen is locked or a window is fullscreen, and
        come a minute or two after. A nudge that waits more than two hours lets the moment pass.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={value}
          aria-describedby="calls-hint"
          onChange={(event) => (event.currentTarget.checked ? void turnOn() : turnOff())}
        />
        <span>
          Wait while I’m on a call or watching something{' '}
          <span class="hint" id="calls-hint">
            Looks only at whether the tab in front is a video-call site (Meet, Zoom, Teams and a few
            more) or playing sound. Your browser will ask you to allow those sites; nothing else is
            read, and nothing leaves your computer.
          </span>
        </span>
      </label>
      <p class="hint" role="status">
        {status}
      </p>
    </fieldset>
  );
}
