import { browser } from 'wxt/browser';
import { armNextNudge, keepAlarm } from './arm-next-nudge';
import { dropCallSitesWhenOff } from './call-permission';
import { CHECK_ALARM } from './handle-alarm';
import { restorePopupPath } from '../popup/pending-nudge';
import { welcomeShownStorage } from '../storage/storage';

/** How often the periodic check looks that a next nudge is armed. */
export const CHECK_EVERY_MINUTES = 45;

/**
 * Install, update or browser start: the alarm re-armed (idempotently), the periodic check
 * created when missing (re-creating it would push it forward), the popup's URL, and the
 * call sites given back if the option was turned off while the browser was closed.
 */
export async function startUp(now: number): Promise<void> {
  await Promise.all([
    armNextNudge(now, false),
    keepAlarm(CHECK_ALARM, { periodInMinutes: CHECK_EVERY_MINUTES }),
    restorePopupPath(),
    dropCallSitesWhenOff(),
  ]);
}

/** The welcome page, as built from entrypoints/welcome/. */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page in a new tab on a first install only: an update, a browser
 * update or a browser start must never greet someone who has already set things up.
 */
export async function openWelcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install' || (await welcomeShownStorage.getValue())) return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  await welcomeShownStorage.setValue(true);
}
