import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { categories } from '@/utils/nudge';
import { nudgeMessageKey, withText } from '@/utils/nudge-text';
import { library } from '@/utils/nudges';

const guiltWords = /\b(should|never|forgot|forget|finally|always|must|neglect|streak|have you)\b/i;
const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml'));
const getMessage = (key: string): string => messages[key]?.message ?? '';
const nudges = library.map((entry) => ({ entry, nudge: withText(entry, getMessage) }));

describe('the library', () => {
  it('has at least 40 nudges, and every kind is there', () => {
    expect(library.length).toBeGreaterThanOrEqual(40);
    for (const category of categories) {
      expect(library.filter((n) => n.category === category).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('has unique kebab-case ids and no repeated texts or messages', () => {
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

  it.each(nudges.map(({ entry, nudge }) => [entry.id, nudge] as const))(
    '%s is well formed',
    (id, nudge) => {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(nudge).not.toBeNull();
      if (!nudge) return;
      expect(categories).toContain(nudge.category);
      for (const text of [nudge.text, nudge.message].filter((t): t is string => t !== undefined)) {
        expect(text.length).toBeGreaterThanOrEqual(10);
        expect(text.length).toBeLessThanOrEqual(200);
        // `$` starts a placeholder in Chrome's message format; braces other than {partner} are typos.
        expect(text.replaceAll('{partner}', '')).not.toMatch(/[{}<>$]/);
        expect(text).not.toMatch(guiltWords);
      }
      if (nudge.category === 'flirty-text') expect(nudge.message).toBeDefined();
      if (nudge.category === 'kind-act') expect(nudge.message).toBeUndefined();
    },
  );
});
