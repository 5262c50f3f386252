import { browser } from 'wxt/browser';
import type { FilledNudge } from './fill-partner';
import type { Delivery } from './history';
import { categoryLabels } from './nudge';
import type { DeliveryMode } from './preferences';

export const NUDGE_NOTIFICATION = 'still-us-nudge';
const BADGE_COLOR = '#b4536a';

/** A small heart on the toolbar icon: something is waiting, no hurry. */
export async function showBadge(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: '♥' });
}

export async function clearBadge(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
}

async function showNotification(nudge: FilledNudge): Promise<void> {
  await browser.notifications.create(NUDGE_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `Still Us · ${categoryLabels[nudge.category]}`,
    // Notifications render plain text on every platform we ship to.
    message: nudge.message ?? nudge.text,
  });
}

/**
 * Shows a nudge the way the person chose, falling back step by step when a way is
 * refused: popup → notification + badge → badge. Returns how it was delivered.
 */
export async function deliverNudge(nudge: FilledNudge, mode: DeliveryMode): Promise<Delivery> {
  if (mode === 'popup') {
    try {
      performance.mark('still-us:open-popup');
      await browser.action.openPopup();
      return 'popup';
    } catch {
      // No focused window, or Firefox without a user gesture: fall through.
    }
  }
  if (mode !== 'badge') {
    try {
      await showNotification(nudge);
      await showBadge();
      return 'notification';
    } catch {
      // Notifications turned off at the system level: the badge still waits quietly.
    }
  }
  await showBadge();
  return 'badge';
}

/** A click on the notification opens the nudge in a small window (the popup's own URL). */
export async function openNudgeWindow(): Promise<void> {
  await browser.notifications.clear(NUDGE_NOTIFICATION);
  await browser.windows.create({
    url: await browser.action.getPopup({}),
    type: 'popup',
    width: 380,
    height: 460,
  });
}
