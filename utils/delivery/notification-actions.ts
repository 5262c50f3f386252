import { browser } from 'wxt/browser';
import { clearBadge } from './badge';
import { notificationButtons, openNudgeWindow } from './deliver-nudge';
import { isNudgeNotification, showsNudge, WORDS_HIDDEN } from './nudge-notification';
import { copyFromWorker } from './offscreen-copy';
import { withLock } from './with-lock';
import { readHistorySince } from '../history/history';
import { markDone, recordAction, snooze } from '../popup/popup-actions';
import { pendingNudgeStorage } from '../storage/storage';
import type { PendingNudge } from '../library/shown-nudge';

/** "Not now" from a notification: the popup's middle choice, with nothing to ask. */
export const NOTIFICATION_SNOOZE_MINUTES = 30;

/** A click on a nudge's notification (not a button): the nudge opens in a small window. */
export async function handleNotificationClick(id: string): Promise<void> {
  if (isNudgeNotification(id)) await openNudgeWindow();
}

/** Whether this nudge was copied already since it was shown: history is the record. */
async function copiedAlready(nudge: PendingNudge): Promise<boolean> {
  const since = await readHistorySince(nudge.shownAt);
  return since.some((e) => e.id === nudge.id && e.action === 'copied');
}

/**
 * A button on a nudge's notification (Chrome), acting on the nudge that notification shows
 * and on no other. Copy copies the message and counts as copied; when the clipboard refuses,
 * the nudge opens so it can be copied by hand. One press at a time (a second press waits,
 * then finds the work done): Done and Not now let the nudge go, and a copy is in history.
 * A notification keeping its words back offers Open instead of Copy or Done.
 */
export function handleNotificationButton(id: string, index: number, now: number): Promise<void> {
  if (!isNudgeNotification(id)) return Promise.resolve();
  return withLock('still-us:notification-button', async () => {
    const pending = await pendingNudgeStorage.getValue();
    // A replaced or handled nudge: its notification only goes away.
    if (!pending || !showsNudge(id, pending)) {
      await browser.notifications.clear(id);
      return;
    }
    const button = notificationButtons(pending, id.endsWith(WORDS_HIDDEN))[index];
    // Words kept back: they are read in the nudge's window, and acted on there.
    if (button === 'open') return openNudgeWindow();
    if (button === 'copy' && pending.message !== undefined) {
      if (!(await copiedAlready(pending))) {
        if (!(await copyFromWorker(pending.message))) return openNudgeWindow();
        await recordAction(pending, 'copied', now);
      }
    } else if (button === 'done') {
      await markDone(pending, now);
    } else if (button === 'not-now') {
      await snooze(pending, NOTIFICATION_SNOOZE_MINUTES, now);
    }
    await browser.notifications.clear(id);
    await clearBadge();
  });
}
