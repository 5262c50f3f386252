import { describe, expect, it } from 'vitest';
import {
  decodeTraits,
  defineLibrary,
  FIFTH_LETTERS,
  type LibraryRows,
} from '@/utils/library/library-rows';
import { categories } from '@/utils/library/nudge';
import { milestones, seasons } from '@/utils/library/seasons';

const sngt = { effort: 'seconds', time: 'night', tone: 'gentle', partnerPresent: true } as const;

describe('decodeTraits', () => {
  it.each([
    ['sngt', sngt],
    ['sdba', { ...sngt, time: 'day', tone: 'flirty', spice: 'bold', partnerPresent: false }],
    ['sngtR', { ...sngt, ritual: true }],
    ['sngt1', { ...sngt, milestone: 'month-1' }],
    ['sngt3', { ...sngt, milestone: 'month-3' }],
    ['sngt6', { ...sngt, milestone: 'month-6' }],
    ['sngtY', { ...sngt, milestone: 'year-1' }],
    ['sngta', { ...sngt, seasons: ['fog'] }],
    ['sngtc', { ...sngt, seasons: ['fog', 'early'] }],
    ['sngtl', { ...sngt, seasons: ['dip', 'toddler'] }],
    ['sngtp', { ...sngt, out: true }],
    ['sngtx', { ...sngt, seasons: ['toddler'], out: true }],
    ['sngtE', { ...sngt, seasons: [...seasons], out: true }],
  ])('%s → %o', (code, traits) => {
    expect(decodeTraits(code)).toEqual(traits);
  });

  it.each(['----', 'sng', 'sngx', 'sngtZ', 'sngt0', 'sngtRa', 'sngt ', 'qngt', 'snqt'])(
    '%j is not a code',
    (code) => expect(decodeTraits(code)).toBeNull(),
  );

  it('gives every fifth letter its own meaning: each set of seasons and out, ritual, milestones', () => {
    const meanings = [...FIFTH_LETTERS].map((l) => JSON.stringify(decodeTraits(`sngt${l}`)));
    expect(new Set(meanings).size).toBe(FIFTH_LETTERS.length);
    expect(FIFTH_LETTERS).toHaveLength(2 ** (seasons.length + 1) - 1 + 1 + milestones.length);
    expect(meanings).not.toContain('null');
  });
});

describe('defineLibrary', () => {
  it('numbers codes within their kind, keeping a retired one’s place', () => {
    const rows = Object.fromEntries(categories.map((kind) => [kind, '']));
    const library = defineLibrary({ ...rows, 'check-in': 'sngt ---- magtR' });
    expect(library.map((n) => [n.id, n.ritual])).toEqual([
      ['check-in-01', undefined],
      ['check-in-03', true],
    ]);
  });

  it('leaves out what a file could hold but a library cannot: a kind not a string, a bad code', () => {
    const odd = { touch: 'sngt qqqq sngt', 'kind-act': 7 } as unknown as LibraryRows;
    expect(defineLibrary(odd).map((n) => n.id)).toEqual(['touch-01', 'touch-03']);
  });
});
