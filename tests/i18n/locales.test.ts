import { readdirSync } from 'node:fs';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { categories, messageName } from '@/utils/library/nudge';
import { languages } from '@/utils/platform/languages';

/** Every language the extension ships; English is `default_locale`. */
const LOCALES = languages;
/** The translations, each held against English. */
const OTHERS = LOCALES.filter((locale) => locale !== 'en');
/** Plural forms as English writes them, and as a language may: French counts 0 as one. */
const PLURAL_FORMS = [
  ['1', 'n'],
  ['0', '1', 'n'],
].map((forms) => forms.join());

interface Entry {
  /** As code names it: `options.pause.heading`. */
  key: string;
  /** Each form: one for a plain message, one per count for a plural (`1`, `n`). */
  forms: Record<string, string>;
}

/** A locale file's interface messages, except `@@…` ones (the nudges' words live in content/nudges). */
async function entries(locale: string): Promise<Map<string, Entry>> {
  const parsed = await parseMessagesFile(`locales/${locale}.yml`);
  const map = new Map<string, Entry>();
  for (const message of parsed) {
    const key = message.key.join('.');
    if (key.startsWith('@@')) continue;
    const forms: Record<string, string> =
      message.type === 'plural'
        ? Object.fromEntries(Object.entries(message.plurals).map(([n, text]) => [n, text]))
        : { '': message.message };
    map.set(key, { key, forms });
  }
  return map;
}

const files = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await entries(locale)] as const)),
) as Record<(typeof LOCALES)[number], Map<string, Entry>>;

/** `$1`…`$9` a message uses, across all its forms. */
const placeholders = (entry: Entry): string[] =>
  [...new Set(Object.values(entry.forms).flatMap((text) => text.match(/\$[1-9]/g) ?? []))].sort();

describe('locale files', () => {
  it('are one for each shipped language, and no other', () => {
    const files = readdirSync('locales').filter((name) => name.endsWith('.yml'));
    expect(files.map((name) => name.slice(0, -'.yml'.length)).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s.yml: has messages outside the nudge library', (locale) => {
    expect(files[locale].size).toBeGreaterThan(100);
  });

  it.each(LOCALES)('%s.yml: names every kind, and has its sentence for the week', (locale) => {
    for (const kind of categories) {
      expect(files[locale].has(`category.${messageName(kind)}`), kind).toBe(true);
      expect(files[locale].has(`insights.week.${messageName(kind)}`), kind).toBe(true);
    }
  });

  it.each(LOCALES)('%s.yml: says which language it is in', (locale) => {
    expect(files[locale].get('common.lang')?.forms['']).toBe(locale);
  });

  it.each(LOCALES)('%s.yml: the manifest name and description fit the stores', (locale) => {
    // Chrome refuses a description over 132 characters; a name over 45 gets cut in places.
    expect(files[locale].get('common.extension_name')?.forms['']?.length).toBeLessThanOrEqual(45);
    const description = files[locale].get('common.extension_description')?.forms[''] ?? '';
    expect(description.length).toBeLessThanOrEqual(132);
  });

  it.each(OTHERS)(
    '%s.yml has the very same messages as en.yml: none missing, none more',
    (locale) => {
      const other = files[locale];
      expect(
        [...other.keys()].filter((k) => !files.en.has(k)),
        `only in ${locale}.yml`,
      ).toEqual([]);
      expect(
        [...files.en.keys()].filter((k) => !other.has(k)),
        `missing in ${locale}.yml`,
      ).toEqual([]);
    },
  );

  it.each(OTHERS)('%s.yml: each message has English’s placeholders and plural forms', (locale) => {
    for (const [key, en] of files.en) {
      const other = files[locale].get(key);
      if (!other) continue; // reported above
      expect(placeholders(other), key).toEqual(placeholders(en));
      const forms = Object.keys(other.forms).join();
      const englishForms = Object.keys(en.forms).join();
      if (englishForms === '') expect(forms, key).toBe('');
      else expect(PLURAL_FORMS, key).toContain(forms);
      // `{partner}`: the one named substitution (the check-in's lead), kept where English has it.
      const named = (entry: Entry): boolean =>
        Object.values(entry.forms).some((text) => text.includes('{partner'));
      expect(named(other), key).toBe(named(en));
    }
  });

  it.each(LOCALES)('%s.yml: no empty message and no form the plural split would cut', (locale) => {
    for (const { key, forms } of files[locale].values()) {
      for (const text of Object.values(forms)) {
        expect(text.trim(), key).not.toBe('');
        // @wxt-dev/i18n joins plural forms with " | " and splits them again when read.
        expect(text, key).not.toContain(' | ');
      }
    }
  });

  it.each(LOCALES)('%s.yml: every name is a valid Chrome message name, once', async (locale) => {
    // Chrome allows letters, digits and "_" and ignores case: two names differing only in
    // case (or in "." against "_") would be one message.
    const names = (await parseMessagesFile(`locales/${locale}.yml`))
      .map((m) => m.key.join('_'))
      .filter((name) => !name.startsWith('@@'));
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    const lower = names.map((n) => n.toLowerCase());
    expect(lower.filter((n, i) => lower.indexOf(n) !== i)).toEqual([]);
  });
});
