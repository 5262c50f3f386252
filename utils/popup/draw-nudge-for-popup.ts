import { appendHistory } from '../history/history';
import { nudgeBagStorage } from '../storage/storage';
import { shownNudge, type PendingNudge } from '../library/shown-nudge';
import type { ShuffleBag } from '../choose/pick-nudge';
import { chooseForPopup, loadDrawInputs } from './ready/choose-for-popup';
import { replacePendingNudge } from './pending-nudge';
import { prepareReadyIdea } from './ready/prepare-ready-idea';

/**
 * Makes `next` the waiting nudge in the place of `replacing` and records it as shown, keeping
 * `bag` (when given) as the no-repeat bag; a newer nudge waiting by then is returned instead
 * and nothing is recorded (see replacePendingNudge).
 */
/** Once a nudge is on screen, the next popup opened by hand gets an idea drawn ahead. */
export function withReadyIdea(shown: PendingNudge, now: number): PendingNudge {
  void prepareReadyIdea(now, shown.id).catch(() => undefined);
  return shown;
}

export async function showInPopup(
  next: PendingNudge,
  replacing: PendingNudge | null,
  bag: ShuffleBag | null,
  now: number,
): Promise<PendingNudge> {
  const shown = await replacePendingNudge(next, replacing, now);
  if (shown !== next) return shown;
  if (bag) await nudgeBagStorage.setValue(bag);
  await appendHistory({ at: now, ...shownNudge(next), action: 'shown', delivery: 'manual' });
  return next;
}

/**
 * A fresh nudge for the popup (opened by hand, or "Another idea") in the place of `replacing`:
 * stored as waiting and recorded as shown. When a newer nudge waits by the time it is stored,
 * that one is returned instead and nothing is recorded (see replacePendingNudge). Loaded only
 * when needed: it brings the drawing code and reads library.json (the chunk name keeps it out of the
 * popup's first bytes).
 */
export async function drawNudgeForPopup(
  now: number,
  exclude: readonly string[],
  replacing: PendingNudge | null,
): Promise<PendingNudge | null> {
  const chosen = await chooseForPopup(await loadDrawInputs(), now, exclude);
  if (!chosen) return null;
  const drawn: PendingNudge = { ...chosen.filled, shownAt: now, delivery: 'manual' };
  return withReadyIdea(await showInPopup(drawn, replacing, chosen.bag, now), now);
}
