import { describe, expect, it } from 'vitest';
import { categories } from '@/utils/nudge';
import { nudges } from '@/utils/nudges';

const guiltWords = /\b(should|never|forgot|forget|finally|always|must|neglect|streak|have you)\b/i;

describe('the starter library', () => {
  it('has at least 40 nudges, and every kind is there', () => {
    expect(nudges.length).toBeGreaterThanOrEqual(40);
    for (const category of categories) {
      expect(nudges.filter((n) => n.category === category).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('has unique kebab-case ids and no repeated texts or messages', () => {
    expect(new Set(nudges.map((n) => n.id)).size).toBe(nudges.length);
    expect(new Set(nudges.map((n) => n.text)).size).toBe(nudges.length);
    const messages = nudges.flatMap((n) => (n.message ? [n.message] : []));
    expect(new Set(messages).size).toBe(messages.length);
  });

  it.each(nudges.map((n) => [n.id, n] as const))('%s is well formed', (_, nudge) => {
    expect(nudge.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(categories).toContain(nudge.category);
    for (const text of [nudge.text, nudge.message].filter((t): t is string => t !== undefined)) {
      expect(text.length).toBeGreaterThanOrEqual(10);
      expect(text.length).toBeLessThanOrEqual(200);
      expect(text.replaceAll('{partner}', '')).not.toMatch(/[{}<>]/);
      expect(text).not.toMatch(guiltWords);
    }
    if (nudge.category === 'flirty-text') expect(nudge.message).toBeDefined();
    if (nudge.category === 'kind-act') expect(nudge.message).toBeUndefined();
  });
});
