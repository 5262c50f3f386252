import { describe, expect, it } from 'vitest';
import { clockGoesBackBetween, clockReachedAt } from '@/utils/time/clock-changes';
import {
  atLocalTime,
  clockHour,
  DAY,
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
