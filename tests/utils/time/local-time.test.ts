import { describe, expect, it } from 'vitest';
import { clockGoesBackBetween, clockReachedAt } from '@/utils/time/clock-changes';
import {
  atLocalTime,
  clockHour,
  DAY,
  dayFromNow,
  formatClock,
  minutesOfDay,
  parseClock,
  startOfLocalDay,
} from '@/utils/time/local-time';

describe('clockHour', () => {
  // The hour as the clock shows it, 12- or 24-hour alike: what "la 1:30" / "las 2:30" follow.
  it.each(Array.from({ length: 24 }, (_, hour) => hour))('at %i:30 is the one shown', (hour) => {
    const at = new Date(2026, 5, 10, hour, 30).getTime();
    expect(clockHour(at)).toBe(Number(/\d+/.exec(formatClock(at))?.[0]));
    expect([hour, hour % 12 || 12]).toContain(clockHour(at));
  });
});

describe('parseClock', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['23:59', 1439],
  ])('%s is %i minutes', (text, minutes) => expect(parseClock(text)).toBe(minutes));

  it.each(['24:00', '7:30', '', 'noon', '12:60', '12:3'])('%j is not a clock time', (text) =>
    expect(parseClock(text)).toBeNull(),
  );
});

describe('atLocalTime', () => {
  it('lands on the wall-clock time asked for, days later', () => {
    const t = new Date(2026, 5, 10, 15, 0).getTime();
    const at = new Date(atLocalTime(t, 7 * 60 + 30, 1));
    expect([at.getDate(), at.getHours(), at.getMinutes()]).toEqual([11, 7, 30]);
  });

  it('keeps wall-clock time across every DST change of the year', () => {
    // Walk a whole year a day at a time: 08:00 stays 08:00 whatever the zone does.
    let t = new Date(2026, 0, 1, 12).getTime();
    for (let day = 0; day < 366; day++) {
      const next = atLocalTime(t, 8 * 60, 1);
      expect(minutesOfDay(next)).toBe(8 * 60);
      expect(startOfLocalDay(next)).toBeGreaterThan(startOfLocalDay(t));
      t = next;
    }
  });
});

describe('clockReachedAt', () => {
  it('is atLocalTime on an ordinary day', () => {
    const t = new Date(2026, 5, 10, 15, 0).getTime();
    expect(clockReachedAt(t, 450, 1)).toBe(atLocalTime(t, 450, 1));
  });
});

describe('clockGoesBackBetween', () => {
  it('is null when the clock does not go back', () => {
    const t = new Date(2026, 5, 10).getTime();
    expect(clockGoesBackBetween(t, t + DAY)).toBeNull();
  });
});

it('runs in the zone the project asked for', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
});

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
