import { deliveries, type Delivery } from '../history/history';
import { categories, type Category } from '../library/nudge';
import { HOUR } from '../time/local-time';
import type { PendingNudge } from '../storage/storage';

/** A pending nudge older than this is stale: opening the popup then offers a fresh one. */
export const PENDING_FRESH_FOR = 6 * HOUR;

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

const isString = (v: unknown): v is string => typeof v === 'string';

/** The nudge in a popup URL's hash when it is well formed and still fresh; never throws. */
export function nudgeFromHash(hash: string, now: number): PendingNudge | null {
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, category, text, message, shownAt, delivery } = value as Record<string, unknown>;
  const ok =
    isString(id) &&
    categories.includes(category as Category) &&
    isString(text) &&
    (message === undefined || isString(message)) &&
    typeof shownAt === 'number' &&
    deliveries.includes(delivery as Delivery);
  if (!ok) return null;
  const nudge = { id, category, text, shownAt, delivery, ...(isString(message) && { message }) };
  return isFresh(nudge, now) ? (nudge as PendingNudge) : null;
}
