import { describe, expect, it } from 'vitest';
import { CODE_LEGEND, decodeTraits, FIFTH_LETTERS } from '@/modules/content/codes';
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

describe('CODE_LEGEND', () => {
  it('is plain data, as library.json carries it', () => {
    expect(JSON.parse(JSON.stringify(CODE_LEGEND))).toEqual(CODE_LEGEND);
  });
});
