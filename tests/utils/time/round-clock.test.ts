import { describe, expect, it } from 'vitest';
import { MINUTE } from '@/utils/time/local-time';
import { roundClock } from '@/utils/time/round-clock';

// Runs in several time zones (vitest.config.ts): the rounding is to the local clock's minutes.
const at = (hours: number, minutes: number, seconds = 0): number =>
  new Date(2026, 5, 10, hours, minutes, seconds).getTime();

describe('roundClock', () => {
  it.each([
    ['on the ten already', at(15, 40), at(15, 40)],
    ['down to the nearest ten', at(15, 44, 59), at(15, 40)],
    ['up from the middle', at(15, 45), at(15, 50)],
    ['up across the hour', at(15, 56), at(16, 0)],
    ['up across midnight', at(23, 58), new Date(2026, 5, 11, 0, 0).getTime()],
    ['just under the middle, seconds and all', at(15, 34, 59), at(15, 30)],
  ])('%s', (_, t, rounded) => {
    expect(roundClock(t, 10)).toBe(rounded);
  });

  it('lands on a whole ten minutes of the local clock, never more than five away', () => {
    for (let t = at(0, 0); t < at(24, 0); t += 7 * MINUTE + 13_000) {
      const rounded = new Date(roundClock(t, 10));
      expect(rounded.getMinutes() % 10).toBe(0);
      expect(rounded.getSeconds()).toBe(0);
      expect(Math.abs(rounded.getTime() - t)).toBeLessThanOrEqual(5 * MINUTE);
    }
  });

  it('keeps a time in the hour that repeats when clocks go back in its own occurrence', () => {
    // Wherever this zone goes back an hour, both occurrences round to within five minutes.
    for (
      let t = Date.UTC(2026, 0, 1);
      t < Date.UTC(2027, 0, 1);
      t += 6 * 60 * MINUTE + 7 * MINUTE
    ) {
      expect(Math.abs(roundClock(t, 10) - t)).toBeLessThanOrEqual(5 * MINUTE);
    }
  });
});
