import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { library } from '@/utils/library/nudges';

describe('npm run content:table', () => {
  const out = execFileSync('node_modules/.bin/jiti', ['scripts/content-table.ts'], {
    encoding: 'utf8',
  });
  const [header, ...rows] = out
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t'));

  it('prints one line per nudge, under a header naming each column', () => {
    expect(header).toEqual([
      'id',
      'effort',
      'time',
      'tone',
      'spice',
      'partnerPresent',
      'retired',
      'text',
      'message',
    ]);
    expect(rows.map((cells) => cells[0])).toEqual(library.map((n) => n.id));
  });

  it('spells out a nudge’s traits and words on its line', () => {
    const flirty = rows.find((cells) => cells[0] === 'flirty-text-01');
    expect(flirty?.slice(1, 7)).toEqual(['seconds', 'day', 'flirty', 'sweet', 'false', '']);
    expect(flirty?.[7]).toContain('{partner}');
    expect(flirty?.[8]?.length).toBeGreaterThan(8);
    const gentle = rows.find((cells) => cells[0] === 'reassurance-01');
    expect(gentle?.slice(1, 7)).toEqual(['seconds', 'any', 'gentle', '-', 'true', '']);
  });
});
