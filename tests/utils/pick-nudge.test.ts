import { describe, expect, it } from 'vitest';
import type { Nudge } from '@/utils/nudge';
import { pickNudge } from '@/utils/pick-nudge';

const library: Nudge[] = [
  { id: 'r1', category: 'reassurance', text: 'a' },
  { id: 'r2', category: 'reassurance', text: 'b' },
  { id: 'k1', category: 'kind-act', text: 'c' },
  { id: 'f1', category: 'flirty-text', text: 'd', message: 'm' },
];
const all = ['reassurance', 'kind-act', 'flirty-text'] as const;

describe('pickNudge', () => {
  it('only picks enabled kinds', () => {
    for (const r of [0, 0.3, 0.6, 0.99]) {
      expect(
        pickNudge({ library, enabled: ['kind-act'], recentIds: [], random: () => r })?.id,
      ).toBe('k1');
    }
  });

  it('chooses the kind first, so a big kind does not crowd out a small one', () => {
    const picked = [0, 0.4, 0.8].map(
      (r) => pickNudge({ library, enabled: all, recentIds: [], random: () => r })?.category,
    );
    expect(new Set(picked)).toEqual(new Set(all));
  });

  it('skips nudges seen lately', () => {
    const picked = pickNudge({
      library,
      enabled: ['reassurance'],
      recentIds: ['r1'],
      random: () => 0,
    });
    expect(picked?.id).toBe('r2');
  });

  it('when all were seen lately, brings back the one seen longest ago', () => {
    const picked = pickNudge({
      library,
      enabled: ['reassurance'],
      recentIds: ['r2', 'r1'],
      random: () => 0,
    });
    expect(picked?.id).toBe('r1');
  });

  it('never repeats the one on screen when asked for another', () => {
    const picked = pickNudge({
      library,
      enabled: ['reassurance'],
      recentIds: [],
      exclude: ['r1'],
      random: () => 0,
    });
    expect(picked?.id).toBe('r2');
  });

  it('is null when nothing is allowed', () => {
    expect(pickNudge({ library, enabled: [], recentIds: [], random: Math.random })).toBeNull();
    expect(
      pickNudge({
        library,
        enabled: ['kind-act'],
        recentIds: [],
        exclude: ['k1'],
        random: Math.random,
      }),
    ).toBeNull();
  });
});
