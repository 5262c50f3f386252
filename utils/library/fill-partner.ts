import type { Nudge } from './nudge';
import { shownNudge, type ShownNudge } from './shown-nudge';

/**
 * Fills `{partner}` with the name. Without a name, instructions say "your partner" and
 * messages (addressed to them) say "love", so both still read naturally.
 */
export function fillPartner(
  nudge: Pick<Nudge, 'id' | 'category' | 'text' | 'message'>,
  partnerName: string,
): ShownNudge {
  const name = partnerName.trim();
  // A function, not a string: a name with `$&` or `$'` in it must not read as a pattern.
  const fill = (text: string, fallback: string): string =>
    text.replaceAll('{partner}', () => (name === '' ? fallback : name));
  return shownNudge({
    id: nudge.id,
    category: nudge.category,
    text: fill(nudge.text, 'your partner'),
    ...(nudge.message !== undefined && { message: fill(nudge.message, 'love') }),
  });
}
