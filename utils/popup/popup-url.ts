import {
  isPendingNudge,
  PENDING_FRESH_FOR,
  shownNudge,
  type PendingNudge,
} from '../library/shown-nudge';

export { PENDING_FRESH_FOR };

export function isFresh(pending: Pick<PendingNudge, 'shownAt'>, now: number): boolean {
  return now - pending.shownAt < PENDING_FRESH_FOR;
}

/**
 * The toolbar popup's path. A waiting nudge rides in the hash, so the popup page can paint
 * it before any module loads (popup-paint.ts) instead of waiting for a storage read.
 */
export function popupPath(pending: PendingNudge | null): string {
  return pending ? `/popup.html#${encodeURIComponent(JSON.stringify(pending))}` : '/popup.html';
}

/** The nudge in a popup URL's hash when it is well formed and still fresh; never throws. */
export function nudgeFromHash(hash: string, now: number): PendingNudge | null {
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return null;
  }
  if (!isPendingNudge(value)) return null;
  const { shownAt, delivery } = value;
  return isFresh(value, now) ? { ...shownNudge(value), shownAt, delivery } : null;
}
