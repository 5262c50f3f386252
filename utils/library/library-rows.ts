import type { Category, Effort, NudgeEntry, Spice, TimeOfDay, Tone } from './nudge';
import { milestones, seasons } from './seasons';

/**
 * How library.json (the library as the extension ships it, see load-library.ts) writes each
 * nudge: four letters, and a fifth only on the few with more to say, so the file stays small.
 * modules/content/compact.ts writes them from content/nudges/ at build time:
 *   effort   s seconds · m a minute · l longer
 *   time     a any · m morning · d day · e evening · n night
 *   tone     g gentle · p playful · s sweet (flirty) · b bold (flirty)
 *   partner  t there with you · a not needed
 * So "sngt" is a ten-second, night-time, gentle nudge to do together. A retired nudge keeps its
 * place as RETIRED: numbers are never reused.
 */
export const EFFORT_CODES: Record<string, Effort> = { s: 'seconds', m: 'minute', l: 'longer' };
export const TIME_CODES: Record<string, TimeOfDay> = {
  a: 'any',
  m: 'morning',
  d: 'day',
  e: 'evening',
  n: 'night',
};
export const TONE_CODES: Record<string, { tone: Tone; spice?: Spice }> = {
  g: { tone: 'gentle' },
  p: { tone: 'playful' },
  s: { tone: 'flirty', spice: 'sweet' },
  b: { tone: 'flirty', spice: 'bold' },
};
export const RETIRED = '----';

/** What a nudge is, besides its id and kind. */
export type Traits = Omit<NudgeEntry, 'id' | 'category'>;

/**
 * The optional fifth letter, by its place from 1. Places 1 to 31 add up bits, one per season in
 * `seasons` order (fog 1, early 2, dip 4, toddler 8), then out (16); then R a ritual question
 * and 1 3 6 Y the milestones, in `milestones` order.
 */
export const FIFTH_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDER136Y';
const OUT = 1 << seasons.length;
const RITUAL = 2 * OUT;

function extraTraits(letter: string): Partial<Traits> | null {
  const place = FIFTH_LETTERS.indexOf(letter) + 1;
  if (place > RITUAL) return { milestone: milestones[place - RITUAL - 1]! };
  if (place === RITUAL) return { ritual: true };
  if (place === 0) return null;
  const listed = seasons.filter((_, i) => place & (1 << i));
  return { ...(listed.length > 0 && { seasons: listed }), ...(place >= OUT && { out: true }) };
}

/** One code's traits, or null when it is retired or not a valid code. */
export function decodeTraits(code: string): Traits | null {
  const [effort, time, tone, partner, extra] = code;
  const toneCode = TONE_CODES[tone ?? ''];
  const more = extra === undefined ? {} : extraTraits(extra);
  if (code.length > 5 || !more || !toneCode || (partner !== 't' && partner !== 'a')) return null;
  const e = EFFORT_CODES[effort ?? ''];
  const t = TIME_CODES[time ?? ''];
  return e && t
    ? { effort: e, time: t, ...toneCode, partnerPresent: partner === 't', ...more }
    : null;
}

/**
 * The library as library.json holds it: by kind, in the library's order, each kind's codes in
 * number order separated by spaces (a nudge's number is its place, from 01).
 */
export type LibraryRows = Readonly<Partial<Record<Category, string>>>;

/**
 * The library's codes, by kind, as entries with ids `<kind>-<nn>` (nn from 01). Read from a
 * file, so a kind that is not a string of codes, or a code that says nothing, is left out.
 */
export function defineLibrary(rows: LibraryRows): NudgeEntry[] {
  return Object.entries(rows).flatMap(([category, codes]) =>
    (typeof codes === 'string' ? codes.split(' ') : []).flatMap((code, i) => {
      const traits = decodeTraits(code);
      const id = `${category}-${String(i + 1).padStart(2, '0')}`;
      return traits ? [{ id, category: category as Category, ...traits }] : [];
    }),
  );
}
