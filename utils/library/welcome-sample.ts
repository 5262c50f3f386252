import { fillPartner } from './fill-partner';
import { withText, type GetMessage } from './nudge-text';
import type { NudgeEntry } from './nudge';
import type { ShownNudge } from './shown-nudge';

/**
 * The welcome page's sample: a real library nudge, gentle, for any time of day, and
 * with the partner's name in its words, so the person sees their own name in it.
 */
export const WELCOME_SAMPLE_ID = 'reassurance-01';

/** The sample nudge from `library` with `partnerName` filled in; null if it or its words are missing. */
export function welcomeSample(
  library: readonly NudgeEntry[],
  partnerName: string,
  getMessage?: GetMessage,
): ShownNudge | null {
  const entry = library.find((e) => e.id === WELCOME_SAMPLE_ID);
  const nudge = entry ? withText(entry, getMessage) : null;
  return nudge ? fillPartner(nudge, partnerName, null, getMessage) : null;
}
