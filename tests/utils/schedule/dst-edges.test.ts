import { describe, expect, it } from 'vitest';
import { clockGoesBackBetween, clockReachedAt } from '@/utils/time/clock-changes';
import { atLocalTime, DAY, MINUTE, minutesOfDay } from '@/utils/time/local-time';
import { isQuietAt, quietEndAfter } from '@/utils/time/quiet-hours';
import { clockChanges } from '../time/clock-changes';

// Runs only in zones that change their clocks (vitest.config.ts: not under UTC), where each
// test has a real clock change to stand on. Found by the property tests around those edges.
const changes = clockChanges(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
const springForward = changes.find((c) => !c.back)?.at ?? NaN;
const fallBack = changes.find((c) => c.back)?.at ?? NaN;
const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

it(`${process.env.TZ} changes its clocks in 2026, once each way`, () => {
  expect(changes.map((c) => c.back).sort()).toEqual([false, true]);
});

describe('when the clocks go forward', () => {
  it('a skipped time is reached as the clock jumps', () => {
    const jump = springForward;
    const skipped = minutesOfDay(jump - MINUTE) + 1 + 30; // Half an hour into the gap.
    expect(clockReachedAt(jump - MINUTE, skipped)).toBe(jump);
    expect(atLocalTime(jump - MINUTE, skipped)).toBe(jump + 30 * MINUTE);
  });

  it('the clock does not go back', () => {
    expect(clockGoesBackBetween(springForward - DAY, springForward)).toBeNull();
  });

  it('a range ending in the skipped hour ends as the clock jumps past it', () => {
    const jump = springForward;
    // The wall clock jumps from `gap` (say 02:00) to `minutesOfDay(jump)` (03:00).
    const gap = minutesOfDay(jump - MINUTE) + 1;
    const ranges = [{ start: '00:00', end: clock((gap + minutesOfDay(jump)) / 2) }];
    expect(quietEndAfter(ranges, jump - MINUTE)).toBe(jump);
  });
});

describe('when the clocks go back', () => {
  const back = fallBack;
  const repeats = minutesOfDay(back); // The first minute of the hour that comes twice.

  it('finds the instant it goes back', () => {
    expect(clockGoesBackBetween(back - DAY, back + DAY)).toBe(back);
    expect(clockGoesBackBetween(back - DAY, back)).toBe(back);
    expect(clockGoesBackBetween(back, back + DAY)).toBeNull();
  });

  it('the second time round, a range ends at its end, not an hour before now', () => {
    const ranges = [{ start: clock(repeats), end: clock(repeats + 30) }];
    expect(quietEndAfter(ranges, back)).toBe(back + 30 * MINUTE);
  });

  it('a range the clock goes back out of ends right then', () => {
    const ranges = [{ start: clock(repeats + 30), end: clock(repeats + 60) }];
    expect(isQuietAt(ranges, back - MINUTE)).toBe(true);
    expect(quietEndAfter(ranges, back - MINUTE)).toBe(back);
  });
});
