import { isPendingNudge, shownNudge, type ShownNudge } from '../../library/shown-nudge';
import { fields } from '../../platform/fields';
import type { ShuffleBag } from '../../choose/pick-nudge';
import { dropReadyIdea, READY_BAG_KEY, READY_IDEA_KEY } from './drop-ready-idea';

/** A ready idea as kept: the nudge, when it was drawn, and what it was drawn for (readyKey). */
export interface StoredReadyIdea {
  nudge: ShownNudge;
  drawnAt: number;
  key: string;
  bag: ShuffleBag;
  from: ShuffleBag;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keeps `ready` for the next popup opened by hand (the idea as a URL hash, like the popup's). */
export function keepReadyIdea(ready: StoredReadyIdea, store: Store = localStorage): void {
  const { nudge, drawnAt, key, bag, from } = ready;
  try {
    store.setItem(READY_BAG_KEY, JSON.stringify({ bag, from }));
    const idea = { ...nudge, shownAt: drawnAt, delivery: 'manual', key };
    store.setItem(READY_IDEA_KEY, encodeURIComponent(JSON.stringify(idea)));
  } catch {
    // Storage refused (full, or blocked): the next popup draws its nudge as it opens.
    dropReadyIdea(store);
  }
}

/** The ready idea as kept, or null (none, or not well formed); never throws. */
export function peekReadyIdea(store: Store = localStorage): StoredReadyIdea | null {
  try {
    const idea: unknown = JSON.parse(decodeURIComponent(store.getItem(READY_IDEA_KEY) ?? ''));
    const kept = JSON.parse(store.getItem(READY_BAG_KEY) ?? '') as Partial<StoredReadyIdea>;
    const key = fields(idea)?.key;
    if (!isPendingNudge(idea) || typeof key !== 'string' || !kept.bag || !kept.from) return null;
    return { nudge: shownNudge(idea), drawnAt: idea.shownAt, key, bag: kept.bag, from: kept.from };
  } catch {
    return null;
  }
}

/** Takes the ready idea: whoever takes it is the one popup that may show it. */
export function takeReadyIdea(store: Store = localStorage): StoredReadyIdea | null {
  const ready = peekReadyIdea(store);
  dropReadyIdea(store);
  return ready;
}
