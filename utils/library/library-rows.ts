import type { Category, Effort, NudgeEntry, Spice, TimeOfDay, Tone } from './nudge';
import { milestones, seasons } from './seasons';

/**
 * How the generated nudges.ts writes each nudge: four letters, and a fifth only on the few
 * with more to say (the worker ships all of them, so they are kept small).
 * modules/content/compact.ts writes them from content/nudges/. A retired nudge keeps its place
 * as RETIRED: numbers are never reused.
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

/** Each kind's codes in number order, split into lines of ten for reading. */
export const codesOf = (lines: readonly string[]): string[] => lines.join(' ').split(/\s+/);

/** The library's codes, by kind, as entries with ids `<kind>-<nn>` (nn from 01). */
export function defineLibrary(rows: Record<Category, readonly string[]>): NudgeEntry[] {
  return Object.entries(rows).flatMap(([category, lines]) =>
    codesOf(lines).flatMap((code, i) => {
      const traits = decodeTraits(code);
      const id = `${category}-${String(i + 1).padStart(2, '0')}`;
      return traits ? [{ id, category: category as Category, ...traits }] : [];
    }),
  );
}
