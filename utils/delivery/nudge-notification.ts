import { browser } from 'wxt/browser';
import type { PendingNudge, ShownNudge } from '../library/shown-nudge';
import type { NotificationWords } from '../storage/preferences-defaults';

/** Every nudge notification's id starts so (before issue 14 it was the whole id). */
export const NUDGE_NOTIFICATION = 'still-us-nudge';
/** Ends the id of a notification that shows only the kind: its first button opens the nudge. */
export const WORDS_HIDDEN = ':hidden';

type NudgeKey = Pick<PendingNudge, 'id' | 'shownAt'>;

/** The id of the notification showing this nudge: its buttons act on this nudge only. */
export const nudgeNotificationId = ({ id, shownAt }: NudgeKey, hidden = false): string =>
  `${NUDGE_NOTIFICATION}:${id}:${shownAt}${hidden ? WORDS_HIDDEN : ''}`;

export const isNudgeNotification = (id: string): boolean =>
  id === NUDGE_NOTIFICATION || id.startsWith(`${NUDGE_NOTIFICATION}:`);

/** Whether notification `id` shows this nudge, with its words or without. */
export const showsNudge = (id: string, nudge: NudgeKey): boolean =>
  id === nudgeNotificationId(nudge) || id === nudgeNotificationId(nudge, true);

/**
 * Whether a notification keeps this nudge's words back (only its kind shows, the words come
 * after a click): by the person's choice, flirty texts by default.
 */
export const wordsHidden = (
  nudge: Pick<ShownNudge, 'category'>,
  words: NotificationWords,
): boolean => words === 'none' || (words === 'gentle' && nudge.category === 'flirty-text');

/** Clears every nudge notification but the one showing `keep`: a replaced nudge's must go. */
export async function clearNudgeNotifications(keep: NudgeKey | null): Promise<void> {
  const open = Object.keys(await browser.notifications.getAll());
  await Promise.all(
    open
      .filter((id) => isNudgeNotification(id) && !(keep && showsNudge(id, keep)))
      .map((id) => browser.notifications.clear(id)),
  );
}
