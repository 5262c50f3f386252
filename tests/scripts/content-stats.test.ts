import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { categories } from '@/utils/library/nudge';
import { library } from '../support/library';
import { milestones, seasons } from '@/utils/library/seasons';

describe('npm run content:stats', () => {
  it('prints the library’s totals as JSON', () => {
    const out = execFileSync('node_modules/.bin/jiti', ['scripts/content-stats.ts'], {
      encoding: 'utf8',
    });
    const stats = JSON.parse(out) as {
      total: number;
      byCategory: Record<string, number>;
      byEffort: Record<string, number>;
      byTimeOfDay: Record<string, number>;
      bySeason: Record<string, number>;
      out: number;
      ritual: number;
      byMilestone: Record<string, number>;
    };
    expect(stats.total).toBe(library.length);
    expect(Object.keys(stats.byCategory)).toEqual([...categories]);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b);
    for (const counts of [stats.byCategory, stats.byEffort, stats.byTimeOfDay])
      expect(sum(counts)).toBe(library.length);
    expect(stats.byCategory['touch']).toBe(library.filter((n) => n.category === 'touch').length);
    expect(Object.keys(stats.bySeason)).toEqual([...seasons, 'all']);
    expect(stats.bySeason['all']).toBe(library.filter((n) => !n.seasons).length);
    expect(stats.ritual).toBe(library.filter((n) => n.ritual).length);
    expect(stats.out).toBe(library.filter((n) => n.out).length);
    expect(Object.keys(stats.byMilestone)).toEqual([...milestones]);
    expect(sum(stats.byMilestone)).toBe(library.filter((n) => n.milestone).length);
  });
});
