import { isFresh } from '../popup-url';
import { chooseForPopup, loadDrawInputs, stillGood } from './choose-for-popup';
import { keepReadyIdea, peekReadyIdea } from './ready-idea-store';
import { readyKey } from './ready-key';
import { dropReadyIdea } from './drop-ready-idea';

/**
 * Draws ahead the idea the next popup opened by hand paints in its first frame, other than
 * `shownId` (the nudge on screen now). Nothing is recorded: it counts as shown only once a
 * popup shows it (showInPopupByHand). A ready idea still good for now is kept as it is.
 */
export async function prepareReadyIdea(
  now: number,
  shownId: string,
  store?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): Promise<void> {
  const inputs = await loadDrawInputs();
  const kept = peekReadyIdea(store);
  const keep =
    kept !== null &&
    kept.nudge.id !== shownId &&
    stillGood(inputs, kept.nudge.id, kept.key) &&
    isFresh({ shownAt: kept.drawnAt }, now);
  if (keep) return;
  const chosen = await chooseForPopup(inputs, now, [shownId]);
  if (!chosen) return dropReadyIdea(store);
  const { prefs, state } = inputs;
  const key = readyKey(prefs, state, chosen.filled.id);
  keepReadyIdea(
    { nudge: chosen.filled, drawnAt: now, key, bag: chosen.bag, from: state.bag },
    store,
  );
}
