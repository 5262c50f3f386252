import { TRANSLATIONS_DIR } from '@/modules/content/translations';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_DIR,
  kindsWithFiles,
  parseContent,
  readContent,
} from '@/modules/content/read-content';
import { categories } from '@/utils/library/nudge';

const one = (id: string): string =>
  `- id: ${id}\n  effort: seconds\n  time: any\n  tone: gentle\n  partnerPresent: false\n  text: { en: 'Hello there, {partner}.' }\n`;

describe('parseContent', () => {
  it('gives the records kind by kind, in the order of the kinds', () => {
    const files = { 'touch.yml': one('touch-01'), 'check-in.yml': one('check-in-01') };
    const { records, problems } = parseContent(files, ['check-in', 'touch']);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['check-in-01', 'touch-01']);
  });

  it('names a kind without a file, and a file of no kind', () => {
    const { problems } = parseContent({ 'hugs.yml': one('hugs-01') }, ['touch']);
    expect(problems).toEqual([
      'hugs.yml: not a kind of nudge (see categories in utils/library/nudge.ts)',
      'touch.yml is missing: each kind has a file of its nudges',
    ]);
  });

  it('names the file of each problem', () => {
    const { problems } = parseContent({ 'touch.yml': one('touch-02') }, ['touch']);
    expect(problems[0]).toMatch(/^touch\.yml: touch-02: expected touch-01 here/);
  });
});

describe('readContent', () => {
  it('reads the library: a file for every kind, and nothing else', () => {
    const { kinds, records } = readContent(categories);
    expect(kinds).toEqual(categories);
    expect(records.length).toBeGreaterThanOrEqual(240);
    expect([...new Set(records.map((r) => r.category))]).toEqual([...categories]);
    expect(kindsWithFiles().sort()).toEqual([...categories].sort());
  });

  it('throws one error listing every problem, so the build says them all at once', () => {
    const root = mkdtempSync(join(tmpdir(), 'still-us-content-'));
    mkdirSync(join(root, CONTENT_DIR), { recursive: true });
    writeFileSync(join(root, CONTENT_DIR, 'touch.yml'), one('touch-01').replace('any', 'noon'));
    writeFileSync(join(root, CONTENT_DIR, 'touch.yaml'), one('touch-01'));
    expect(() => readContent(['touch', 'check-in'], root)).toThrow(
      [
        'The nudges need fixing:',
        '  - content/nudges/touch.yaml: not a kind of nudge (see categories in utils/library/nudge.ts)',
        '  - content/nudges/touch.yml: touch-01: time "noon" is not one of any, morning, day, evening, night',
        '  - content/nudges/check-in.yml is missing: each kind has a file of its nudges',
      ].join('\n'),
    );
  });

  it('puts each translation in its record’s words, and names what is wrong in one', () => {
    const root = mkdtempSync(join(tmpdir(), 'still-us-content-'));
    mkdirSync(join(root, CONTENT_DIR), { recursive: true });
    writeFileSync(join(root, CONTENT_DIR, 'touch.yml'), one('touch-01'));
    mkdirSync(join(root, TRANSLATIONS_DIR, 'de'), { recursive: true });
    writeFileSync(
      join(root, TRANSLATIONS_DIR, 'de', 'touch.yml'),
      "touch-01:\n  text: 'Halt {partner:akk} fest.'\n",
    );
    const [record] = readContent(['touch'], root).records;
    expect(record?.text).toEqual({ en: expect.any(String), de: 'Halt {partner:akk} fest.' });

    writeFileSync(
      join(root, TRANSLATIONS_DIR, 'de', 'touch.yml'),
      "touch-01:\n  text: ''\n  message: 'Hallo'\n  note: x\ntouch-02:\n  text: 'Hallo'\n",
    );
    expect(() => readContent(['touch'], root)).toThrow(
      [
        'The nudges need fixing:',
        '  - content/translations/de/touch.yml: touch-01: unknown field note (fields: text, message)',
        '  - content/translations/de/touch.yml: touch-01: text is empty',
        '  - content/translations/de/touch.yml: touch-01: message: the English nudge has none',
        '  - content/translations/de/touch.yml: touch-02: no nudge has this id in content/nudges/',
      ].join('\n'),
    );
  });
});
