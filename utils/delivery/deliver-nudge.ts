import { message } from '../platform/message';
import { browser } from 'wxt/browser';
import { showBadge } from './badge';
import { categoryLabel } from '../library/nudge';
import type { Preferences } from '../storage/preferences';
import {
  shownNudge,
  type Delivery,
  type PendingNudge,
  type ShownNudge,
} from '../library/shown-nudge';
import { appendHistory } from '../history/history';
import { loadLibrary } from '../library/load-library';
import { loadMessageBook } from '../library/message-book';
import type { PickState } from '../storage/pick-state';
import { nudgeBagStorage } from '../storage/storage';
import { chooseNudge } from './draw-nudge';
import { clearNudgeNotifications, nudgeNotificationId, wordsHidden } from './nudge-notification';
import { popupWasShown } from '../popup/popup-shown';

export { NUDGE_NOTIFICATION } from './nudge-notification';
/** The notification's buttons (Chrome only: Firefox notifications have none). */

export type NotificationButton = 'copy' | 'done' | 'not-now' | 'open';
/** How the person chose to be reached, and what a notification may show. */
export type DeliveryChoice = Pick<Preferences, 'delivery' | 'notificationWords' | 'partnerName'>;

/**
 * A nudge with a message offers Copy; any other offers Done; one whose words are kept back
 * offers Open, since nobody copies or does what they have not read. Not now is always there.
 */
export const notificationButtons = (
  nudge: Pick<ShownNudge, 'message'>,
  hidden = false,
): NotificationButton[] => [
  hidden ? 'open' : nudge.message === undefined ? 'done' : 'copy',
  'not-now',
];
const buttonTitle = (button: NotificationButton): string =>
  message(`common.${button === 'not-now' ? 'not_now' : button}`);

/**
 * Firefox never reports a locked screen, so `idle` stands for it: after a minute with no
 * input a notification may be on a locked screen, and keeps its words back. (Chrome waits
 * while the screen is locked: see delivery-context.ts.)
 */
const mayBeLocked = (): Promise<boolean> =>
  browser.idle.queryState(60).then(
    (state) => state !== 'active',
    () => false,
  );

async function showNotification(
  nudge: ShownNudge,
  shownAt: number,
  choice: DeliveryChoice,
): Promise<void> {
  let hidden = wordsHidden(nudge, choice.notificationWords);
  if (import.meta.env.FIREFOX) hidden ||= await mayBeLocked();
  const name = choice.partnerName.trim() || message('notify.your_partner');
  // The id names the nudge, so its buttons act on this one even once another is waiting.
  await browser.notifications.create(nudgeNotificationId({ id: nudge.id, shownAt }, hidden), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: message('notify.title', [categoryLabel(nudge.category)]),
    // Notifications render plain text on every platform we ship to.
    message: hidden ? message('notify.words_hidden', [name]) : (nudge.message ?? nudge.text),
    ...(!import.meta.env.FIREFOX && {
      buttons: notificationButtons(nudge, hidden).map((b) => ({ title: buttonTitle(b) })),
    }),
  });
}

/**
 * Shows a nudge (the waiting one, shown at `shownAt`) the way the person chose, falling back
 * step by step when a way is refused: popup → notification + badge → badge. Returns how it
 * was delivered.
 */
export async function deliverNudge(
  nudge: ShownNudge,
  choice: DeliveryChoice,
  shownAt: number,
): Promise<Delivery> {
  const mode = choice.delivery;
  if (mode === 'popup') {
    try {
      if (import.meta.env.STILL_US_BENCH) performance.mark('still-us:open-popup');
      await browser.action.openPopup();
      return 'popup';
    } catch {
      // No focused window, Firefox without a user gesture, or a popup closed at once: it
      // counts as shown when the popup painted it. (The mark is for tests.)
      performance.mark('still-us:popup-refused');
      if (await popupWasShown({ id: nudge.id, shownAt })) return 'popup';
    }
  }
  if (mode !== 'badge') {
    try {
      await showNotification(nudge, shownAt, choice);
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
  await clearNudgeNotifications(null);
  await browser.windows.create({
    url: await browser.action.getPopup({}),
    type: 'popup',
    width: 380,
    height: 460,
  });
}

/**
 * Draws a nudge for now from the library (see chooseNudge) and keeps the shuffle bag it leaves.
 * The scheduled nudge and the weekly tiny date both come this way.
 */
export async function drawNudge(
  prefs: Parameters<typeof chooseNudge>[1] & Pick<Preferences, 'messageLanguage'>,
  state: PickState,
  now: number,
): Promise<ShownNudge | null> {
  const book = await loadMessageBook(prefs.messageLanguage);
  const chosen = chooseNudge(await loadLibrary(), prefs, state, now, [], book);
  if (chosen) await nudgeBagStorage.setValue(chosen.bag);
  return chosen?.filled ?? null;
}

/**
 * Delivers the waiting nudge (see deliverNudge) and records it as shown at its `shownAt`;
 * `popupShown`: the popup already painted it, so it is only recorded.
 */
export async function deliverAndRecord(
  pending: PendingNudge,
  choice: DeliveryChoice,
  popupShown = false,
): Promise<void> {
  const { shownAt } = pending;
  const delivery = popupShown ? 'popup' : await deliverNudge(pending, choice, shownAt);
  await appendHistory({ at: shownAt, ...shownNudge(pending), action: 'shown', delivery });
}
