import { describe, expect, it } from 'vitest';
import { dayFromNow } from '@/utils/time/day-from-now';

describe('dayFromNow', () => {
  const now = new Date(2026, 5, 10, 23, 30).getTime();
  it.each([
    ['earlier today', new Date(2026, 5, 10, 1, 0), 'today'],
    ['a moment before midnight', new Date(2026, 5, 10, 23, 59), 'today'],
    ['just after midnight', new Date(2026, 5, 11, 0, 1), 'tomorrow'],
    ['late tomorrow', new Date(2026, 5, 11, 23, 59), 'tomorrow'],
    ['the day after', new Date(2026, 5, 12, 0, 0), 'later'],
    ['yesterday reads as today (never "yesterday")', new Date(2026, 5, 9, 12, 0), 'today'],
  ])('%s is %s', (_, t, day) => {
    expect(dayFromNow(t.getTime(), now)).toBe(day);
  });

  it('counts calendar days across a clock change (23- and 25-hour days)', () => {
    for (const [y, m, d] of [
      [2026, 2, 7],
      [2026, 9, 31],
      [2026, 3, 4],
      [2026, 9, 3],
    ] as const) {
      const evening = new Date(y, m, d, 22).getTime();
      expect(dayFromNow(new Date(y, m, d + 1, 23).getTime(), evening)).toBe('tomorrow');
      expect(dayFromNow(new Date(y, m, d + 2, 0, 30).getTime(), evening)).toBe('later');
    }
  });
});
