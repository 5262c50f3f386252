import { describe, expect, it } from 'vitest';
import { readContent } from '@/modules/content/read-content';
import { categories } from '@/utils/library/nudge';
import { languages } from '@/utils/platform/languages';

// People rarely text their partner's name: the name belongs in the lead-in ("A text to make
// {partner} smile:"), and stays in the message itself only where a person would write it,
// in at most 3 of 10 messages, in every language the library ships in (issue 18).
const withMessage = readContent(categories).records.filter(
  (record) => !record.retired && record.message,
);
const NAME = /\{partner(?::(?:akk|dat))?\}/;
const MAX_SHARE = 0.3;

describe.each(languages)('messages to send in %s', (lang) => {
  it('carry the name in at most 3 of 10', () => {
    const named = withMessage.filter((record) => NAME.test(record.message?.[lang] ?? ''));
    expect(withMessage.length).toBeGreaterThan(100);
    expect(
      named.length / withMessage.length,
      named.map((r) => r.id).join(', '),
    ).toBeLessThanOrEqual(MAX_SHARE);
  });

  it('give the name to the lead-in instead', () => {
    const leadsWithout = withMessage.filter((record) => !NAME.test(record.text[lang] ?? ''));
    expect(leadsWithout.map((record) => record.id)).toEqual([]);
  });
});
