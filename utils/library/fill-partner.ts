import type { MessageBook } from './message-book';
import type { Nudge } from './nudge';
import { fromLocales, type GetMessage } from './nudge-text';
import { shownNudge, type ShownNudge } from './shown-nudge';

/**
 * `{partner}`, or in German `{partner:akk}` / `{partner:dat}`: the name takes no article, the
 * words that stand in for it do, so a text says the case its sentence needs.
 */
const PARTNER = /\{partner(?::(akk|dat))?\}/g;

/**
 * Fills `{partner}` with the name. Without a name, instructions say "your partner" and
 * messages (addressed to them) say "love", in the pages' language (locales/<lang>.yml
 * `partner`), so both still read naturally. With `book`, a library nudge's message comes in
 * that book's language, its own word for "love" with it.
 */
export function fillPartner(
  nudge: Pick<Nudge, 'id' | 'category' | 'text' | 'message'>,
  partnerName: string,
  book?: MessageBook | null,
  getMessage: GetMessage = fromLocales,
): ShownNudge {
  const name = partnerName.trim();
  // A function, not a string: a name with `$&` or `$'` in it must not read as a pattern.
  const fill = (text: string, fallback: (form?: string) => string): string =>
    text.replace(PARTNER, (_, form?: string) => name || fallback(form));
  const booked = book?.byId?.[nudge.id];
  const message = booked ?? nudge.message;
  return shownNudge({
    id: nudge.id,
    category: nudge.category,
    text: fill(nudge.text, (form = 'text') => getMessage(`partner_${form}`)),
    ...(message !== undefined && {
      message: fill(message, () =>
        booked === undefined ? getMessage('partner_message') : (book as MessageBook).fallback,
      ),
    }),
    ...(booked !== undefined && { lang: (book as MessageBook).lang }),
  });
}
