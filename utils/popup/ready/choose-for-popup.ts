import { chooseNudge } from '../../delivery/draw-nudge';
import { loadLibrary } from '../../library/load-library';
import { loadMessageBook } from '../../library/message-book';
import type { ShownNudge } from '../../library/shown-nudge';
import type { ShuffleBag } from '../../choose/pick-nudge';
import { loadPickState, type PickState } from '../../storage/pick-state';
import { loadPreferences } from '../../storage/preferences-store';
import type { Preferences } from '../../storage/preferences-defaults';
import { readyKey } from './ready-key';

/** What a popup draws from, read once: preferences and the picker's state. */
export interface DrawInputs {
  prefs: Preferences;
  state: PickState;
}

export async function loadDrawInputs(): Promise<DrawInputs> {
  const [prefs, state] = await Promise.all([loadPreferences(), loadPickState()]);
  return { prefs, state };
}

/** Whether the idea `id`, drawn ahead for `key`, may still be shown now. */
export const stillGood = ({ prefs, state }: DrawInputs, id: string, key: string): boolean =>
  key === readyKey(prefs, state, id) && !state.hidden.includes(id);

/** A nudge for the popup from `inputs`, with the bag after it; null when none fits. */
export async function chooseForPopup(
  { prefs, state }: DrawInputs,
  now: number,
  exclude: readonly string[],
): Promise<{ filled: ShownNudge; bag: ShuffleBag } | null> {
  const [library, book] = await Promise.all([
    loadLibrary(),
    loadMessageBook(prefs.messageLanguage),
  ]);
  return chooseNudge(library, prefs, state, now, exclude, book);
}
