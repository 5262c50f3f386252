import { fillPartner } from '../library/fill-partner';
import { appendHistory } from '../history/history';
import type { CustomNudge, Nudge, NudgeEntry } from '../library/nudge';
import { withText } from '../library/nudge-text';
import { library } from '../library/nudges';
import { pickNudge, type ShuffleBag } from '../choose/pick-nudge';
import { loadPickState, momentAt, weightsAt, type PickState } from '../storage/pick-state';
import { kindsOn, type Preferences } from '../storage/preferences-defaults';
import { loadPreferences } from '../storage/preferences-store';
import { savePendingNudge } from '../popup/pending-nudge';
import { nudgeBagStorage } from '../storage/storage';
import { shownNudge, type ShownNudge, type PendingNudge } from '../library/shown-nudge';

/** A person's own nudge joins the rotation gently: any time, about a minute, partner optional. */
export function customEntry(custom: CustomNudge): Nudge {
  const flirty = custom.category === 'flirty-text';
  return {
    ...custom,
    effort: 'minute',
    time: 'any',
    ...(flirty ? { tone: 'flirty', spice: 'sweet' } : { tone: 'gentle' }),
    partnerPresent: false,
  };
}

const words = (entry: NudgeEntry | Nudge): Nudge | null =>
  'text' in entry ? entry : withText(entry);

/** Picks a nudge for now from the library and the person's own, name filled in. */
export function chooseNudge(
  prefs: Pick<Preferences, 'kindsOff' | 'partnerName' | 'flirty' | 'workHours'>,
  state: PickState,
  now: number,
  exclude: readonly string[] = [],
): { filled: ShownNudge; bag: ShuffleBag } | null {
  const picked = pickNudge<NudgeEntry | Nudge>({
    library: [...library, ...state.custom.map(customEntry)],
    enabled: kindsOn(prefs.kindsOff),
    bag: state.bag,
    hidden: state.hidden,
    exclude,
    weights: weightsAt(state.learned, now),
    moment: momentAt(prefs, state.energy, now),
    random: Math.random,
  });
  const nudge = picked && words(picked.nudge);
  return nudge && picked && { filled: fillPartner(nudge, prefs.partnerName), bag: picked.bag };
}

/**
 * Shows a fresh nudge in the popup (opened by hand, or "Another idea"): stores it as pending
 * and records it. Kept apart so the popup loads the library only when it needs one.
 */
export async function drawFreshNudge(
  now: number,
  exclude: readonly string[],
): Promise<PendingNudge | null> {
  const [prefs, state] = await Promise.all([loadPreferences(), loadPickState()]);
  const chosen = chooseNudge(prefs, state, now, exclude);
  if (!chosen) return null;
  const pending: PendingNudge = { ...chosen.filled, shownAt: now, delivery: 'manual' };
  await nudgeBagStorage.setValue(chosen.bag);
  await savePendingNudge(pending);
  await appendHistory({ at: now, ...shownNudge(pending), action: 'shown', delivery: 'manual' });
  return pending;
}
