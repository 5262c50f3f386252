import { describe, expect, it } from 'vitest';
import { restOfToday } from '@/utils/schedule/rest-of-today';
import { SNOOZE_LONGEST } from '@/utils/schedule/next-nudge-time';

const at = (day: number, hours: number, minutes = 0): number =>
  new Date(2026, 5, day, hours, minutes).getTime();
const NIGHT = [{ start: '21:30', end: '07:30' }];

describe('"Not now: the rest of today"', () => {
  it('lasts until tonight’s quiet hours end, the next morning', () => {
    expect(restOfToday(NIGHT, at(10, 15))).toBe(at(11, 7, 30));
    expect(restOfToday(NIGHT, at(10, 23))).toBe(at(11, 7, 30));
  });

  it('in the small hours, until the quiet hours now end', () => {
    expect(restOfToday(NIGHT, at(11, 3))).toBe(at(11, 7, 30));
  });

  it('without quiet hours, until 7:00 (today’s, asked before 5:00)', () => {
    expect(restOfToday([], at(10, 15))).toBe(at(11, 7));
    expect(restOfToday([], at(11, 3))).toBe(at(11, 7));
  });

  it('a daytime quiet stretch (a feed) is not the night', () => {
    const withFeed = [...NIGHT, { start: '15:00', end: '16:00' }];
    expect(restOfToday(withFeed, at(10, 8))).toBe(at(11, 7, 30));
  });

  it('a night in two stretches lasts until the one covering its heart ends', () => {
    const split = [
      { start: '21:30', end: '23:00' },
      { start: '23:30', end: '07:00' },
    ];
    expect(restOfToday(split, at(10, 20))).toBe(at(11, 7));
  });

  it('a night without quiet hours (they are set for other days) ends at 7:00', () => {
    // 2026-06-11 is a Thursday; quiet hours only on Friday and Saturday nights.
    const weekend = [{ start: '22:00', end: '09:00', days: [5, 6] }];
    expect(restOfToday(weekend, at(11, 18))).toBe(at(12, 7));
  });

  it('never reaches further than a snooze can', () => {
    const late = [{ start: '20:00', end: '12:00' }];
    const now = at(10, 5, 30);
    expect(restOfToday(late, now)).toBe(Math.min(at(11, 12), now + SNOOZE_LONGEST));
    expect(restOfToday(late, now) - now).toBeLessThanOrEqual(SNOOZE_LONGEST);
  });
});
