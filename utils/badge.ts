import { browser } from 'wxt/browser';

const BADGE_COLOR = '#b4536a';

/** A small heart on the toolbar icon: something is waiting, no hurry. */
export async function showBadge(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: '♥' });
}

export async function clearBadge(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
}
