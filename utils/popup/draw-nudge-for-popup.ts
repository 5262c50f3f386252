import { appendHistory } from '../history/history';
import { chooseNudge } from '../delivery/draw-nudge';
import { loadLibrary } from '../library/load-library';
import { loadMessageBook } from '../library/message-book';
import { loadPickState } from '../storage/pick-state';
import { loadPreferences } from '../storage/preferences-store';
import { nudgeBagStorage } from '../storage/storage';
import { shownNudge, type PendingNudge } from '../library/shown-nudge';
import { replacePendingNudge } from './pending-nudge';

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
  const [library, prefs, state] = await Promise.all([
    loadLibrary(),
    loadPreferences(),
    loadPickState(),
  ]);
  const book = await loadMessageBook(prefs.messageLanguage);
  const chosen = chooseNudge(library, prefs, state, now, exclude, book);
  if (!chosen) return null;
  const drawn: PendingNudge = { ...chosen.filled, shownAt: now, delivery: 'manual' };
  const shown = await replacePendingNudge(drawn, replacing, now);
  if (shown !== drawn) return shown;
  await nudgeBagStorage.setValue(chosen.bag);
  await appendHistory({ at: now, ...shownNudge(drawn), action: 'shown', delivery: 'manual' });
  return drawn;
}
