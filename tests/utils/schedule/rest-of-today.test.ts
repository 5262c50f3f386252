import { describe, expect, it } from 'vitest';
import { restOfToday } from '@/utils/schedule/rest-of-today';

const at = (day: number, hours: number, minutes = 0): number =>
  new Date(2026, 5, day, hours, minutes).getTime();
const NIGHT = [{ start: '21:30', end: '07:30' }];

describe('"Not now: the rest of today"', () => {
  it('lasts until tonight’s quiet hours end, the next morning', () => {
    expect(restOfToday(NIGHT, null, at(10, 15))).toBe(at(11, 7, 30));
  });

  it('in the small hours, until the quiet hours now end', () => {
    expect(restOfToday(NIGHT, null, at(11, 3))).toBe(at(11, 7, 30));
  });

  it('without quiet hours, until 7:00 (today’s, asked before 5:00)', () => {
    expect(restOfToday([], null, at(10, 15))).toBe(at(11, 7));
    expect(restOfToday([], null, at(11, 3))).toBe(at(11, 7));
  });

  it('the check-in still comes when it is sooner, never one already gone', () => {
    expect(restOfToday(NIGHT, at(10, 20), at(10, 15))).toBe(at(10, 20));
    expect(restOfToday(NIGHT, at(11, 9), at(10, 15))).toBe(at(11, 7, 30));
    expect(restOfToday(NIGHT, at(10, 14), at(10, 15))).toBe(at(11, 7, 30));
  });
});
