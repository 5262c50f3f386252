import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { PinPicture } from './PinPicture';

/** Where Still Us lives: how to pin its icon to the toolbar, in this browser's own steps. */
export function PinHint(): JSX.Element {
  const firefox = import.meta.env.FIREFOX;
  return (
    <div class="pin-hint">
      <h3>{i18n.t('welcome.pin_heading')}</h3>
      <p>{firefox ? i18n.t('welcome.pin_firefox') : i18n.t('welcome.pin_chrome')}</p>
      <PinPicture
        firefox={firefox}
        label={
          firefox ? i18n.t('welcome.pin_picture_firefox') : i18n.t('welcome.pin_picture_chrome')
        }
      />
    </div>
  );
}
