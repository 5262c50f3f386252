import { describe, expect, it } from 'vitest';
import { codeOf, entryOf, libraryFile } from '@/modules/content/compact';
import { readContent } from '@/modules/content/read-content';
import type { NudgeRecord } from '@/modules/content/records';
import { CODE_LEGEND, decodeTraits, RETIRED } from '@/modules/content/codes';
import { defineLibrary } from '@/utils/library/library-rows';
import { categories } from '@/utils/library/nudge';
import { library } from '../../support/library';

const content = readContent(categories);
const base: NudgeRecord = {
  id: 'touch-01',
  category: 'touch',
  effort: 'seconds',
  time: 'night',
  tone: 'gentle',
  partnerPresent: true,
  text: { en: 'Hold hands for a moment.' },
};

describe('the compact library the extension ships (library.json)', () => {
  it('decodes to every live record’s id, kind and traits, in order', () => {
    const live = content.records.filter((r) => !r.retired);
    expect(library).toEqual(live.map(entryOf));
  });

  it('has every kind, in the library’s order', () => {
    expect(Object.keys(libraryFile(content).rows)).toEqual([...categories]);
  });
});

describe('codeOf', () => {
  it.each([
    [base, 'sngt'],
    [{ ...base, effort: 'longer', time: 'any', partnerPresent: false }, 'laga'],
    [{ ...base, tone: 'flirty', spice: 'bold', time: 'day' }, 'sdbt'],
    [{ ...base, tone: 'playful', time: 'evening' }, 'sept'],
    [{ ...base, retired: true }, RETIRED],
    [{ ...base, effort: 'minute', time: 'any', ritual: true }, 'magtR'],
    [{ ...base, milestone: 'month-1' }, 'sngt1'],
    [{ ...base, milestone: 'year-1' }, 'sngtY'],
    [{ ...base, seasons: ['fog'] }, 'sngta'],
    [{ ...base, seasons: ['dip', 'toddler'] }, 'sngtl'],
    [{ ...base, seasons: ['fog', 'early', 'dip', 'toddler'] }, 'sngto'],
    [{ ...base, out: true }, 'sngtp'],
    [{ ...base, seasons: ['dip', 'toddler'], out: true }, 'sngtB'],
  ] as [NudgeRecord, string][])('%o → %s', (record, code) => {
    expect(codeOf(record)).toBe(code);
    const { id, category, ...traits } = entryOf(record);
    expect(decodeTraits(code), `${id} ${category}`).toEqual(record.retired ? null : traits);
  });

  it.each([
    ['spice on a gentle nudge', { spice: 'bold' }],
    ['a ritual for some seasons', { ritual: true, seasons: ['dip'] }],
    ['a milestone and a ritual', { ritual: true, milestone: 'month-3' }],
  ] as [string, Partial<NudgeRecord>][])('throws when no code says the traits: %s', (_, more) => {
    const odd = { ...base, ...more };
    expect(() => codeOf(odd)).toThrow('touch-01: no code in modules/content/codes.ts');
  });

  it('adds a fifth letter only to the few nudges with more to say', () => {
    const long = library.filter((n) => codeOf({ ...n, text: { en: '' } }).length > 4);
    const extra = library.filter((n) => n.seasons || n.out || n.ritual || n.milestone);
    expect(long).toEqual(extra);
  });
});

describe('libraryFile', () => {
  const records = Array.from({ length: 12 }, (_, i): NudgeRecord => ({
    ...base,
    id: `touch-${String(i + 1).padStart(2, '0')}`,
    ...(i === 1 && { retired: true }),
  }));
  const file = libraryFile({ kinds: ['touch', 'kind-act'], records });

  it('writes each kind’s codes in number order, keeping a retired nudge’s place', () => {
    expect(file.rows).toEqual({
      touch: 'sngt ---- sngt sngt sngt sngt sngt sngt sngt sngt sngt sngt',
      'kind-act': '',
    });
  });

  it('carries the legend its codes are written in', () => {
    expect(file.legend).toBe(CODE_LEGEND);
  });

  it('decodes to the live nudges, numbered by place', () => {
    expect(defineLibrary(file).map((n) => n.id)).toEqual(
      records.filter((r) => !r.retired).map((r) => r.id),
    );
  });

  it('stops the build on traits no code says', () => {
    const odd = { ...base, spice: 'bold' } as NudgeRecord;
    expect(() => libraryFile({ kinds: ['touch'], records: [odd] })).toThrow('touch-01');
  });
});
