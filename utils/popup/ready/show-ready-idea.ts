import type { PendingNudge } from '../../library/shown-nudge';
import { loadDrawInputs, stillGood } from './choose-for-popup';
import { drawNudgeForPopup, showInPopup, withReadyIdea } from '../draw-nudge-for-popup';
import { takeReadyIdea } from './ready-idea-store';

const sameBag = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The nudge for a popup opened by hand with none waiting (`replacing` is the stale one, or
 * none). When it painted `ready`, the idea drawn ahead, that one is made the waiting nudge in
 * the place of `replacing` and recorded as shown, once (a second popup open at the same time
 * gets the first one's nudge). When it went stale meanwhile (preferences, hidden or own nudges
 * changed since it was drawn) a fresh nudge takes its place. A newer nudge waiting wins.
 */
export async function showInPopupByHand(
  now: number,
  ready: PendingNudge | null,
  replacing: PendingNudge | null,
  store?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): Promise<PendingNudge | null> {
  // Taken before anything waits: a popup opened a moment later finds it gone. A popup that
  // painted none (it opened on a nudge let go meanwhile) leaves it for the next one.
  const kept = ready && takeReadyIdea(store);
  const inputs = await loadDrawInputs();
  if (ready && kept?.nudge.id === ready.id && stillGood(inputs, ready.id, kept.key)) {
    // The bag after it holds only if no other draw came since it was drawn.
    const bag = sameBag(kept.from, inputs.state.bag) ? kept.bag : null;
    return withReadyIdea(await showInPopup(ready, replacing, bag, now), now);
  }
  return drawNudgeForPopup(now, [], replacing);
}
