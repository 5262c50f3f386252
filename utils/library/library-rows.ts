import type { Category, Effort, NudgeEntry, Spice, TimeOfDay, Tone } from './nudge';

/**
 * How the generated nudges.ts writes each nudge: four letters (the worker ships all of them,
 * so they are kept small). modules/content/compact.ts writes them from content/nudges/. A
 * retired nudge keeps its place as RETIRED: numbers are never reused.
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

/** One code's traits, or null when it is retired or not a valid code. */
export function decodeTraits(code: string): Traits | null {
  const [effort, time, tone, partner] = code;
  const toneCode = TONE_CODES[tone ?? ''];
  if (code.length !== 4 || !toneCode || (partner !== 't' && partner !== 'a')) return null;
  const e = EFFORT_CODES[effort ?? ''];
  const t = TIME_CODES[time ?? ''];
  return e && t ? { effort: e, time: t, ...toneCode, partnerPresent: partner === 't' } : null;
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
