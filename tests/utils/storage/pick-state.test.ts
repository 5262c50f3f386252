import { describe, expect, it } from 'vitest';
import type { WorkHours } from '@/utils/storage/preferences';
import { momentAt } from '@/utils/storage/pick-state';

// 10 June 2026 is a Wednesday: 13 is Saturday, 14 Sunday, 15 Monday.
const at = (h: number, day: number): number => new Date(2026, 5, day, h).getTime();
const atWork = (workHours: WorkHours, t: number): boolean =>
  momentAt({ flirty: 'sweet', workHours }, null, t).atWork;

describe('momentAt: at work', () => {
  const office: WorkHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
  const nights: WorkHours = { days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' };

  it.each([
    ['office hours on a Wednesday', office, at(10, 10), true],
    ['office hours on a Saturday', office, at(10, 13), false],
    ['after work', office, at(18, 10), false],
    // A night shift belongs to the day it starts on, as quiet hours do.
    ['Friday night shift, early Saturday', nights, at(3, 13), true],
    ['no Sunday night shift, early Monday', nights, at(3, 15), false],
    ['Monday night shift', nights, at(23, 15), true],
  ])('%s → %s', (_, work, t, expected) => expect(atWork(work, t)).toBe(expected));

  it('is never at work without work hours', () => {
    expect(momentAt({ flirty: 'sweet', workHours: null }, null, at(10, 10)).atWork).toBe(false);
  });
});

describe('momentAt, touched out (issue 15)', () => {
  const noon = new Date(2026, 5, 10, 12).getTime();
  const today = new Date(2026, 5, 10).getTime();
  it.each([
    [{ level: 'touched-out', day: today }, true],
    [{ level: 'touched-out', day: today - 86_400_000 }, false],
    [{ level: 'rough', day: today }, false],
    [null, false],
  ] as const)('answer %j: touched out %s, for the rest of that day only', (energy, touchedOut) => {
    expect(momentAt({ flirty: 'sweet', workHours: null }, energy, noon).touchedOut).toBe(
      touchedOut,
    );
  });
});
