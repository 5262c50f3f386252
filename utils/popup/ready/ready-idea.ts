/** Read in the popup's first frame (popup-paint.js): see drop-ready-idea.ts for the whole story. */
import type { PendingNudge } from '../../library/shown-nudge';
import { nudgeFromHash } from '../popup-url';
import { READY_IDEA_KEY } from './drop-ready-idea';

/** The ready idea when well formed and fresh, as shown `now`; never throws (storage refused). */
export function readyIdea(
  now: number,
  store: Pick<Storage, 'getItem'> = localStorage,
): PendingNudge | null {
  try {
    const ready = nudgeFromHash(store.getItem(READY_IDEA_KEY) ?? '', now);
    return ready && { ...ready, shownAt: now, delivery: 'manual' };
  } catch {
    return null;
  }
}
