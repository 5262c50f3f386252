import { describe, expect, it } from 'vitest';
import { localeMessages } from '../../i18n/get-message';
import { categories, type NudgeEntry } from '@/utils/library/nudge';
import { nudgeMessageKey, withText } from '@/utils/library/nudge-text';
import { library } from '../../support/library';
import { milestones, seasons } from '@/utils/library/seasons';

/** Words that blame, count or pressure: a tired parent never reads these from Still Us. */
const guiltWords =
  /\b(should|should have|you never|you always|forgot|forget|finally|must|neglect|streaks?|guilt|supposed to|at least|failed|make sure)\b/i;
// The English messages.json as built: locales/en.yml and the records' words (content/nudges/).
const messages = await localeMessages('locales/en.yml');
const getMessage = (key: string): string => messages[key]?.message ?? '';
const nudges = library.map((entry) => ({ entry, nudge: withText(entry, getMessage) }));

const schema: Record<keyof NudgeEntry, (v: unknown) => boolean> = {
  id: (v) => typeof v === 'string' && /^[a-z]+(-[a-z]+)*-\d{2}$/.test(v),
  category: (v) => (categories as readonly unknown[]).includes(v),
  effort: (v) => ['seconds', 'minute', 'longer'].includes(v as string),
  time: (v) => ['any', 'morning', 'day', 'evening', 'night'].includes(v as string),
  tone: (v) => ['gentle', 'playful', 'flirty'].includes(v as string),
  spice: (v) => v === undefined || v === 'sweet' || v === 'bold',
  partnerPresent: (v) => typeof v === 'boolean',
  seasons: (v) =>
    v === undefined ||
    (Array.isArray(v) && v.length > 0 && seasons.filter((s) => v.includes(s)).join() === v.join()),
  out: (v) => v === undefined || v === true,
  ritual: (v) => v === undefined || v === true,
  milestone: (v) => v === undefined || (milestones as readonly unknown[]).includes(v),
};

describe('the library', () => {
  it('has at least 240 nudges in at least 10 kinds, with at least 12 of each', () => {
    expect(library.length).toBeGreaterThanOrEqual(240);
    expect(categories.length).toBeGreaterThanOrEqual(10);
    for (const category of categories) {
      expect(
        library.filter((n) => n.category === category).length,
        category,
      ).toBeGreaterThanOrEqual(12);
    }
  });

  it('has unique ids and no repeated texts or messages', () => {
    expect(new Set(library.map((n) => n.id)).size).toBe(library.length);
    const texts = nudges.map(({ nudge }) => nudge?.text);
    expect(new Set(texts).size).toBe(library.length);
    const sent = nudges.flatMap(({ nudge }) => (nudge?.message ? [nudge.message] : []));
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('has words for every nudge, and no words without a nudge', () => {
    const keys = new Set(
      library.flatMap((n) => [nudgeMessageKey(n.id, 'text'), nudgeMessageKey(n.id, 'message')]),
    );
    const orphans = Object.keys(messages).filter((k) => k.startsWith('nudge_') && !keys.has(k));
    expect(orphans).toEqual([]);
    expect(nudges.filter(({ nudge }) => nudge === null).map(({ entry }) => entry.id)).toEqual([]);
  });

  it('offers the ten-second kind in every kind, for rough days', () => {
    for (const category of categories) {
      const quick = library.filter((n) => n.category === category && n.effort === 'seconds');
      expect(quick.length, category).toBeGreaterThanOrEqual(3);
    }
  });

  const rituals = nudges.filter(({ entry }) => entry.ritual);
  it('has at least 60 check-in questions for the daily ritual, each one question, face to face', () => {
    expect(rituals.length).toBeGreaterThanOrEqual(60);
    for (const { entry, nudge } of rituals) {
      expect([entry.category, entry.partnerPresent, entry.tone], entry.id).toEqual([
        'check-in',
        true,
        'gentle',
      ]);
      // The popup adds "Ask {partner}, and answer it yourself too": the text is the question.
      expect(nudge?.text, entry.id).toMatch(/^[^?]+\?$/);
      expect(nudge?.message, entry.id).toBeUndefined();
    }
  });

  it('marks each milestone with one gentle nudge', () => {
    const marked = library.flatMap((n) => (n.milestone ? [n.milestone] : []));
    expect([...marked].sort()).toEqual([...milestones].sort());
  });

  it.each(nudges.map(({ entry, nudge }) => [entry.id, entry, nudge] as const))(
    '%s is well formed',
    (id, entry, nudge) => {
      for (const [field, valid] of Object.entries(schema)) {
        expect(valid(entry[field as keyof NudgeEntry]), `${id}.${field}`).toBe(true);
      }
      expect(id.startsWith(`${entry.category}-`)).toBe(true);
      // Flirty nudges say how bold they are; others never do.
      expect(entry.spice !== undefined).toBe(entry.tone === 'flirty');
      expect(nudge).not.toBeNull();
      if (!nudge) return;
      expect(nudge.text.length).toBeGreaterThanOrEqual(8);
      expect(nudge.text.length).toBeLessThanOrEqual(200);
      if (nudge.message !== undefined) {
        expect(nudge.message.length).toBeGreaterThanOrEqual(8);
        expect(nudge.message.length).toBeLessThanOrEqual(280);
      }
      for (const text of [nudge.text, nudge.message].filter((t): t is string => t !== undefined)) {
        // `{partner}` is the only placeholder; `$` starts one in Chrome's message format.
        expect(text.replaceAll('{partner}', '')).not.toMatch(/[{}<>$]/);
        expect(text).not.toMatch(guiltWords);
      }
      // Without a name, `{partner}` reads "your partner": never at the start of a sentence.
      expect(nudge.text).not.toMatch(/(^|[.!?]\s+|“)\{partner\}/);
      if (nudge.category === 'flirty-text') expect(nudge.message).toBeDefined();
    },
  );
});
