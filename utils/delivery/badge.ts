import { message } from '../platform/message';
import { browser } from 'wxt/browser';

const BADGE_COLOR = '#b4536a';

/** A small heart on the toolbar icon: something is waiting, no hurry. */
export async function showBadge(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: '♥' });
  // A heart means nothing to a screen reader: the button's name says what it is for.
  await browser.action.setTitle({ title: message('notify.badge_title') });
}

export async function clearBadge(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
  await browser.action.setTitle({ title: message('common.extension_name') });
}
