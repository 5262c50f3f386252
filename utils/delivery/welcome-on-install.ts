import { browser } from 'wxt/browser';
import { welcomeShownStorage } from '../storage/storage';

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
