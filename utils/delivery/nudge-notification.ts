import { browser } from 'wxt/browser';
import type { PendingNudge } from '../library/shown-nudge';

/** Every nudge notification's id starts so (before issue 14 it was the whole id). */
export const NUDGE_NOTIFICATION = 'still-us-nudge';

type NudgeKey = Pick<PendingNudge, 'id' | 'shownAt'>;

/** The id of the notification showing this nudge: its buttons act on this nudge only. */
export const nudgeNotificationId = ({ id, shownAt }: NudgeKey): string =>
  `${NUDGE_NOTIFICATION}:${id}:${shownAt}`;

export const isNudgeNotification = (id: string): boolean =>
  id === NUDGE_NOTIFICATION || id.startsWith(`${NUDGE_NOTIFICATION}:`);

/** Clears every nudge notification but the one showing `keep`: a replaced nudge's must go. */
export async function clearNudgeNotifications(keep: NudgeKey | null): Promise<void> {
  const kept = keep && nudgeNotificationId(keep);
  const open = Object.keys(await browser.notifications.getAll());
  await Promise.all(
    open
      .filter((id) => isNudgeNotification(id) && id !== kept)
      .map((id) => browser.notifications.clear(id)),
  );
}
