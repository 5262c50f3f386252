import { describe, expect, it } from 'vitest';
import type { Category, NudgeEntry } from '@/utils/library/nudge';
import { inRotation, type Moment } from '@/utils/choose/nudge-fit';
import { pickNudge, ROUND_DONE, type PickInput, type ShuffleBag } from '@/utils/choose/pick-nudge';

const entry = (id: string, more: Partial<NudgeEntry> = {}): NudgeEntry => ({
  id,
  category: id.replace(/-\d+$/, '') as Category,
  effort: 'seconds',
  time: 'any',
  tone: 'gentle',
  partnerPresent: false,
  ...more,
});
const kind = (category: Category, n: number): NudgeEntry[] =>
  Array.from({ length: n }, (_, i) => entry(`${category}-${i + 1}`));

const day: Moment = { period: 'day', flirty: 'sweet', atWork: false, rough: false };
/** A seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function input(library: NudgeEntry[], more: Partial<PickInput<NudgeEntry>> = {}) {
  return {
    library,
    enabled: [...new Set(library.map((n) => n.category))],
    bag: {},
    hidden: [],
    weights: {},
    moment: day,
    random: seeded(7),
    ...more,
  };
}

/** Draws `n` times, carrying the bag along as storage would. */
function draw(library: NudgeEntry[], n: number, more: Partial<PickInput<NudgeEntry>> = {}) {
  let bag: ShuffleBag = {};
  const ids: string[] = [];
  const random = seeded(11);
  for (let i = 0; i < n; i++) {
    const picked = pickNudge(input(library, { random, ...more, bag }));
    if (!picked) break;
    bag = picked.bag;
    ids.push(picked.nudge.id);
  }
  return { ids, bag };
}

describe('pickNudge: the shuffle bag', () => {
  it('never repeats a nudge before most of its kind has been drawn', () => {
    const library = kind('reassurance', 10);
    const { ids } = draw(library, 30);
    for (let i = 0; i < ids.length; i++) {
      const previous = ids.slice(0, i).lastIndexOf(ids[i]!);
      if (previous >= 0) expect(i - previous).toBeGreaterThan(ROUND_DONE * 10);
    }
    expect(new Set(ids.slice(0, 10)).size).toBe(10);
  });

  it('keeps the draws in the bag it returns (so they survive the worker stopping), bounded', () => {
    const { ids, bag } = draw(kind('touch', 5), 3);
    expect(bag.touch).toEqual(ids);
    expect(draw(kind('touch', 5), 40).bag.touch).toHaveLength(5);
  });

  it('never offers the nudge on screen', () => {
    const library = kind('check-in', 2);
    for (let seed = 1; seed < 20; seed++) {
      const picked = pickNudge(input(library, { exclude: ['check-in-1'], random: seeded(seed) }));
      expect(picked?.nudge.id).toBe('check-in-2');
    }
  });

  it('never shows a hidden nudge, even when nothing else is left', () => {
    const library = kind('touch', 3);
    const { ids } = draw(library, 12, { hidden: ['touch-2'] });
    expect(ids).not.toContain('touch-2');
    expect(pickNudge(input(kind('touch', 1), { hidden: ['touch-1'] }))).toBeNull();
  });
});

describe('pickNudge: fitting the moment', () => {
  const library = [
    entry('tiny-date-1', { time: 'morning' }),
    entry('tiny-date-2', { time: 'evening' }),
    entry('you-time-1', { time: 'any' }),
  ];

  it.each([
    ['morning', ['tiny-date-1', 'you-time-1']],
    ['evening', ['tiny-date-2', 'you-time-1']],
  ] as const)('in the %s offers only what fits it', (period, allowed) => {
    const { ids } = draw(library, 2, { moment: { ...day, period } });
    expect([...ids].sort()).toEqual([...allowed].sort());
  });

  it('at night favours reassurance and you time over date ideas', () => {
    const nightly = [...kind('reassurance', 40), ...kind('you-time', 40), ...kind('tiny-date', 40)];
    const { ids } = draw(nightly, 60, { moment: { ...day, period: 'night' } });
    const count = (k: string) => ids.filter((id) => id.startsWith(k)).length;
    expect(count('reassurance') + count('you-time')).toBeGreaterThan(10 * count('tiny-date'));
  });

  const flirty = [
    entry('flirty-text-1', { tone: 'flirty', spice: 'sweet' }),
    entry('flirty-text-2', { tone: 'flirty', spice: 'bold' }),
    entry('flirty-text-3', { tone: 'playful' }),
  ];
  it.each([
    ['off', false, ['flirty-text-3']],
    ['sweet', false, ['flirty-text-1', 'flirty-text-3']],
    ['bold', false, ['flirty-text-1', 'flirty-text-2', 'flirty-text-3']],
    ['bold', true, ['flirty-text-3']],
  ] as const)('flirty level %s (at work: %s) offers %j', (flirtyLevel, atWork, allowed) => {
    const { ids } = draw(flirty, 10, { moment: { ...day, flirty: flirtyLevel, atWork } });
    expect([...new Set(ids)].sort()).toEqual([...allowed]);
  });

  it('after a rough night offers only the ten-second kind', () => {
    const mixed = [
      entry('touch-1', { effort: 'seconds' }),
      entry('touch-2', { effort: 'minute' }),
      entry('touch-3', { effort: 'longer' }),
    ];
    const { ids } = draw(mixed, 6, { moment: { ...day, rough: true } });
    expect(new Set(ids)).toEqual(new Set(['touch-1']));
  });
});

describe('pickNudge: the regular rotation', () => {
  const apart = [
    entry('check-in-2', { ritual: true }),
    entry('appreciation-1', { milestone: 'month-6' }),
    entry('touch-1', { seasons: ['dip', 'toddler'] }),
    entry('touch-2', { seasons: ['fog'] }),
  ];

  it.each(apart.map((n) => [n.id, n] as const))(
    'never draws %s (a ritual, a milestone, or for some seasons)',
    (_, nudge) => {
      expect(pickNudge(input([nudge]))).toBeNull();
      const { ids } = draw([nudge, entry('you-time-1')], 20);
      expect(ids).not.toContain(nudge.id);
    },
  );

  it('still draws a nudge that goes out', () => {
    expect(pickNudge(input([entry('tiny-date-1', { out: true })]))?.nudge.id).toBe('tiny-date-1');
  });

  it('keeps a kind’s round to the nudges it can draw, so many rituals never stall it', () => {
    const rituals = Array.from({ length: 20 }, (_, i) =>
      entry(`check-in-${i + 6}`, { ritual: true }),
    );
    const library = [...kind('check-in', 5), ...rituals, ...kind('you-time', 10)];
    const { ids } = draw(library, 60);
    expect(ids.filter((id) => id.startsWith('check-in')).length).toBeGreaterThan(10);
  });

  it.each([
    [{}, true],
    [{ out: true }, true],
    [{ ritual: true }, false],
    [{ milestone: 'year-1' }, false],
    [{ seasons: ['early'] }, false],
  ] as [Partial<NudgeEntry>, boolean][])('inRotation(%o) is %s', (more, drawn) => {
    expect(inRotation(entry('check-in-1', more))).toBe(drawn);
  });
});

describe('pickNudge: learned weights', () => {
  it('offers a favoured kind more often, and a lowered one less, but still sometimes', () => {
    const library = [...kind('appreciation', 100), ...kind('touch', 100)];
    const { ids } = draw(library, 120, { weights: { appreciation: 2.5, touch: 0.4 } });
    const touch = ids.filter((id) => id.startsWith('touch')).length;
    expect(touch).toBeGreaterThan(0);
    expect(ids.length - touch).toBeGreaterThan(3 * touch);
  });

  it('offers nothing when no kind is on', () => {
    expect(pickNudge(input(kind('touch', 2), { enabled: [] }))).toBeNull();
  });
});

describe('a milestone of these days (issue 15)', () => {
  const mark = entry('appreciation-90', { milestone: 'month-6' });
  const lib = [...kind('appreciation', 5), ...kind('kind-act', 5), mark];
  const sixMonths = { ...day, milestone: 'month-6' as const, season: 'dip' as const };

  it('comes first, once: then it is in its kind’s bag and the usual draw goes on', () => {
    const first = pickNudge(input(lib, { moment: sixMonths }))!;
    expect(first.nudge.id).toBe('appreciation-90');
    const next = pickNudge(input(lib, { moment: sixMonths, bag: first.bag }))!;
    expect(next.nudge.id).not.toBe('appreciation-90');
  });

  it.each([
    ['on another milestone', { moment: { ...sixMonths, milestone: 'month-3' as const } }],
    ['with no milestone now', { moment: { ...day, season: 'dip' as const } }],
    ['hidden', { moment: sixMonths, hidden: ['appreciation-90'] }],
    ['its kind off', { moment: sixMonths, enabled: ['kind-act' as const] }],
  ])('does not come %s', (_, more) => {
    for (let seed = 1; seed < 30; seed++)
      expect(pickNudge(input(lib, { ...more, random: seeded(seed) }))?.nudge.id).not.toBe(
        'appreciation-90',
      );
  });
});
