import { browser } from 'wxt/browser';
import { clearBadge } from './badge';
import { NUDGE_NOTIFICATION, notificationButtons, openNudgeWindow } from './deliver-nudge';
import { copyFromWorker } from './offscreen-copy';
import { markDone, recordAction, snooze } from '../popup/popup-actions';
import { pendingNudgeStorage } from '../storage/storage';

/** "Not now" from a notification: the popup's middle choice, with nothing to ask. */
export const NOTIFICATION_SNOOZE_MINUTES = 30;

/**
 * A button on the nudge's notification (Chrome). Copy copies the message and counts as
 * copied; when the clipboard refuses, the nudge opens so it can be copied by hand.
 */
export async function handleNotificationButton(
  id: string,
  index: number,
  now: number,
): Promise<void> {
  if (id !== NUDGE_NOTIFICATION) return;
  const pending = await pendingNudgeStorage.getValue();
  if (!pending) return browser.notifications.clear(NUDGE_NOTIFICATION).then(() => undefined);
  const button = notificationButtons(pending)[index];
  if (button === 'copy' && pending.message !== undefined) {
    if (!(await copyFromWorker(pending.message))) return openNudgeWindow();
    await recordAction(pending, 'copied', now);
  } else if (button === 'done') {
    await markDone(pending, now);
  } else if (button === 'not-now') {
    await snooze(pending, NOTIFICATION_SNOOZE_MINUTES, now);
  }
  await browser.notifications.clear(NUDGE_NOTIFICATION);
  await clearBadge();
}
