import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/modules/content/read-content';
import type { NudgeRecord } from '@/modules/content/records';
import { categories } from '@/utils/library/nudge';
import { languageStatus, type LanguageStatus } from '@/scripts/i18n-coverage';
import { languages } from '@/utils/platform/languages';
import { library } from '../support/library';

const record = (id: string, text: Record<string, string>, message?: Record<string, string>) =>
  ({
    id,
    category: 'touch',
    effort: 'seconds',
    time: 'any',
    tone: 'gentle',
    partnerPresent: false,
    text: { en: 'x', ...text },
    ...(message && { message: { en: 'y', ...message } }),
  }) as NudgeRecord;

describe('languageStatus', () => {
  it('counts what a language has of the interface, the nudges and their messages', () => {
    const records = [
      record('touch-01', { de: 'a' }, { de: 'b' }),
      record('touch-02', {}, {}),
      record('touch-03', { de: 'c' }),
      { ...record('touch-04', {}), retired: true as const },
    ];
    const status = languageStatus('de', ['a.b', 'a.c', 'd'], (key) => key !== 'a.c', records);
    expect(status).toEqual({
      interface: { translated: 2, total: 3, percent: 66.7, missing: ['a.c'] },
      nudges: { translated: 2, total: 3, percent: 66.7, missing: ['touch-02'] },
      messages: { translated: 1, total: 2, percent: 50, missing: ['touch-02'] },
    });
  });
});

describe('npm run i18n:status', () => {
  it('prints every shipped language’s coverage as JSON: all of it, today', () => {
    const out = execFileSync('node_modules/.bin/jiti', ['scripts/i18n-status.ts'], {
      encoding: 'utf8',
    });
    const status = JSON.parse(out) as Record<string, LanguageStatus>;
    expect(Object.keys(status)).toEqual([...languages]);
    for (const [lang, parts] of Object.entries(status)) {
      expect(parts.nudges.total, lang).toBe(library.length);
      for (const part of Object.values(parts)) {
        expect(part.missing, lang).toEqual([]);
        expect(part.percent, lang).toBe(100);
      }
    }
  });
});

describe('npm run i18n:template', () => {
  it('writes the English words in a translation file’s shape, for a platform’s base file', () => {
    execFileSync('node_modules/.bin/jiti', ['scripts/i18n-template.ts'], { encoding: 'utf8' });
    const records = readContent(categories).records.filter((r) => !r.retired);
    for (const kind of categories) {
      const template = parseYAML(
        readFileSync(`.output/i18n-template/en/${kind}.yml`, 'utf8'),
      ) as Record<string, { text: string; message?: string }>;
      const own = records.filter((r) => r.category === kind);
      expect(Object.keys(template)).toEqual(own.map((r) => r.id));
      for (const r of own)
        expect(template[r.id]).toEqual({
          text: r.text.en,
          ...(r.message && { message: r.message.en }),
        });
    }
  });
});
