import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { library } from '../support/library';

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
      'seasons',
      'out',
      'ritual',
      'milestone',
      'retired',
      'text',
      'message',
    ]);
    expect(rows.map((cells) => cells[0])).toEqual(library.map((n) => n.id));
  });

  it('spells out a nudge’s traits and words on its line', () => {
    const flirty = rows.find((cells) => cells[0] === 'flirty-text-01');
    const none = ['-', '-', '-', '-', ''];
    expect(flirty?.slice(1, 11)).toEqual(['seconds', 'day', 'flirty', 'sweet', 'false', ...none]);
    expect(flirty?.[11]).toContain('{partner}');
    expect(flirty?.[12]?.length).toBeGreaterThan(8);
    const gentle = rows.find((cells) => cells[0] === 'reassurance-01');
    expect(gentle?.slice(1, 11)).toEqual(['seconds', 'any', 'gentle', '-', 'true', ...none]);
    const ritual = rows.find((cells) => cells[0] && library.find((n) => n.ritual)?.id === cells[0]);
    expect(ritual?.[8]).toBe('true');
    const seasonal = rows.filter((cells) => cells[6] !== '-').map((cells) => cells[6]);
    expect(seasonal).toHaveLength(library.filter((n) => n.seasons).length);
    for (const cell of seasonal) expect(cell).toMatch(/^(fog|early|dip|toddler)(,\w+)*$/);
    const milestone = rows.find((cells) => cells[9] === 'month-6');
    expect(milestone?.[0]).toBe(library.find((n) => n.milestone === 'month-6')?.id);
  });
});
