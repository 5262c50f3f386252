import { fillPartner } from '../library/fill-partner';
import type { CustomNudge, Nudge, NudgeEntry } from '../library/nudge';
import { withText } from '../library/nudge-text';
import { pickNudge, type ShuffleBag } from '../choose/pick-nudge';
import { momentAt, weightsAt, type PickState } from '../storage/pick-state';
import { kindsOn, type Preferences } from '../storage/preferences-defaults';
import type { ShownNudge } from '../library/shown-nudge';
import type { MessageBook } from '../library/message-book';

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

/**
 * Picks a nudge for now from `library` (see loadLibrary) and the person's own, name filled in;
 * a library nudge's message from `book` when the person sends messages in another language.
 */
export function chooseNudge(
  library: readonly NudgeEntry[],
  prefs: Pick<Preferences, 'kindsOff' | 'partnerName' | 'flirty' | 'workHours'>,
  state: PickState,
  now: number,
  exclude: readonly string[] = [],
  book?: MessageBook | null,
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
  return (
    nudge && picked && { filled: fillPartner(nudge, prefs.partnerName, book), bag: picked.bag }
  );
}
