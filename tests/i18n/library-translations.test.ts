import { describe, expect, it } from 'vitest';
import { readContent } from '@/modules/content/read-content';
import type { NudgeRecord } from '@/modules/content/records';
import { categories } from '@/utils/library/nudge';
import { languages } from '@/utils/platform/languages';

// Every shipped language has the whole library: each live nudge's text, and its message where
// English has one, written by the rules of docs/translating.md.
const records = readContent(categories).records.filter((record) => !record.retired);
const OTHERS = languages.filter((lang) => lang !== 'en');

/** Words that blame, count or pressure, per language (English's are in nudges.test.ts). */
const GUILT: Record<(typeof OTHERS)[number], RegExp> = {
  es: /\b(deber[íi]as?|debes|tienes que|hay que|culpa|olvid\p{L}*|por fin|al menos|aseg[úu]rate|racha|fallaste|descuid\p{L}*|se supone|t[úu] nunca|t[úu] siempre)(?!\p{L})/iu,
  de: /\b(solltest|sollst|musst|müsst|schuld|vergessen|vergiss|vergisst|endlich|wenigstens|zumindest|versäumt|stell sicher|du nie|du immer)(?!\p{L})/iu,
  fr: /\b(tu devrais|tu dois|il faut|culpabil\p{L}*|oubli\p{L}*|enfin|au moins|négligé|assure-toi|censée?)(?!\p{L})/iu,
};
/** Common English words that none of the other languages use: words left untranslated. */
const ENGLISH =
  /\b(the|and|you|your|with|this|that|what|just|today|tonight|please|thanks|sweet|send|love you)\b/i;
/** Names take no article, the German fallback does ("deinem Schatz"): a case tag says which. */
const PLACEHOLDER = /\{partner(?::(akk|dat))?\}/g;
const TEXT_MAX = 200;
const MESSAGE_MAX = 280;

type Part = 'text' | 'message';
const parts = (record: NudgeRecord): Part[] => (record.message ? ['text', 'message'] : ['text']);

describe.each(OTHERS)('the library in %s', (lang) => {
  const words = records.flatMap((record) =>
    parts(record).map((part) => ({
      id: record.id,
      part,
      english: record[part]?.en ?? '',
      translated: record[part]?.[lang],
    })),
  );

  it('has every live nudge’s text, and its message where English has one', () => {
    expect(words.filter((w) => w.translated === undefined).map((w) => `${w.id}.${w.part}`)).toEqual(
      [],
    );
  });

  it.each(words.map((w) => [`${w.id}.${w.part}`, w] as const))('%s', (_, w) => {
    const text = w.translated ?? '';
    // Length: within the same bounds as English.
    expect(text.length).toBeGreaterThanOrEqual(8);
    expect(text.length).toBeLessThanOrEqual(w.part === 'text' ? TEXT_MAX : MESSAGE_MAX);
    // The name where English has it, and only there.
    const tags = [...text.matchAll(PLACEHOLDER)];
    expect(tags.length > 0, 'has {partner}').toBe(w.english.includes('{partner}'));
    // Case tags only in German texts (messages address the partner: "Schatz" takes no case).
    if (lang !== 'de' || w.part === 'message')
      expect(tags.map((t) => t[1] ?? '').join('')).toBe('');
    // No other placeholder, and nothing Chrome's message format or HTML would read.
    expect(text.replace(PLACEHOLDER, '')).not.toMatch(/[{}<>$]/);
    expect(text, 'guilt').not.toMatch(GUILT[lang]);
    expect(text, 'English left in it').not.toMatch(ENGLISH);
    if (w.part === 'text') {
      // The fallback is lower-case ("tu pareja"): never at the start of a sentence.
      expect(text).not.toMatch(/(^|[.!?]\s+|[“«„¿¡]\s*)\{partner/);
      // French names may start with a vowel ("d'Alex", not "de Alex"): no word that elides.
      if (lang === 'fr') expect(text).not.toMatch(/\b(de|que|le|la|du)\s+\{partner/i);
    }
  });

  it('never says the same words twice', () => {
    for (const part of ['text', 'message'] as const) {
      const said = words.filter((w) => w.part === part).map((w) => w.translated);
      expect(said.filter((t, i) => said.indexOf(t) !== i)).toEqual([]);
    }
  });
});

describe('the rules above', () => {
  it('would catch guilt, English and a lost name', () => {
    expect('Deberías descansar').toMatch(GUILT.es);
    expect('Du musst nichts').toMatch(GUILT.de);
    expect('Il faut dormir').toMatch(GUILT.fr);
    expect('Envoie the message').toMatch(ENGLISH);
    expect([...'Halt {partner:akk} fest'.matchAll(PLACEHOLDER)][0]?.[1]).toBe('akk');
    // Not a guilt word inside another word: "Schuldenfrei", "enfiler".
    expect('schuldenfrei, enfiler').not.toMatch(GUILT.de);
    expect('enfiler').not.toMatch(GUILT.fr);
  });
});
