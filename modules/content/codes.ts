import { traitsOf, type CodeLegend, type Traits } from '../../utils/library/library-rows';
import type { Effort, TimeOfDay, Tone, Spice } from '../../utils/library/nudge';
import { milestones, seasons } from '../../utils/library/seasons';

/*
 * How library.json writes each nudge: four letters, and a fifth only on the few with more to
 * say, so the file stays small. The build writes these codes from content/nudges/ and ships
 * their legend (CODE_LEGEND) in the same file, so the extension decodes without these tables:
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

/**
 * The optional fifth letter, by its place from 1. Places 1 to 31 add up bits, one per season in
 * `seasons` order (fog 1, early 2, dip 4, toddler 8), then out (16); then R a ritual question
 * and 1 3 6 Y the milestones, in `milestones` order.
 */
export const FIFTH_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDER136Y';
const OUT = 1 << seasons.length;
const RITUAL = 2 * OUT;

function extraTraits(place: number): Partial<Traits> {
  if (place > RITUAL) return { milestone: milestones[place - RITUAL - 1]! };
  if (place === RITUAL) return { ritual: true };
  const listed = seasons.filter((_, i) => place & (1 << i));
  return { ...(listed.length > 0 && { seasons: listed }), ...(place >= OUT && { out: true }) };
}

const byLetter = <T>(
  codes: Record<string, T>,
  traits: (value: T) => Partial<Traits>,
): Record<string, Partial<Traits>> =>
  Object.fromEntries(Object.entries(codes).map(([letter, value]) => [letter, traits(value)]));

/** What each letter says, place by place: the legend library.json carries with its codes. */
export const CODE_LEGEND: CodeLegend = [
  byLetter(EFFORT_CODES, (effort) => ({ effort })),
  byLetter(TIME_CODES, (time) => ({ time })),
  TONE_CODES,
  { t: { partnerPresent: true }, a: { partnerPresent: false } },
  Object.fromEntries([...FIFTH_LETTERS].map((letter, i) => [letter, extraTraits(i + 1)])),
];

/** One code's traits, or null when it is retired or not a valid code. */
export const decodeTraits = (code: string): Traits | null => traitsOf(CODE_LEGEND, code);
