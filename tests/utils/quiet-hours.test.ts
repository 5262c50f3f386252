import { describe, expect, it } from 'vitest';
import { awakeMinutesPerDay, isQuietAt, quietEndAfter, type QuietRange } from '@/utils/quiet-hours';
import { minutesOfDay } from '@/utils/local-time';

const at = (h: number, m = 0, day = 10): number => new Date(2026, 5, day, h, m).getTime();
const night: QuietRange[] = [{ start: '21:30', end: '07:30' }];
const nightAndNap: QuietRange[] = [...night, { start: '13:00', end: '14:00' }];

describe('isQuietAt', () => {
  it.each([
    [night, 21, 29, false],
    [night, 21, 30, true],
    [night, 0, 0, true],
    [night, 3, 0, true],
    [night, 7, 29, true],
    [night, 7, 30, false],
    [night, 12, 0, false],
    [nightAndNap, 13, 0, true],
    [nightAndNap, 13, 59, true],
    [nightAndNap, 14, 0, false],
    [[], 3, 0, false],
    [[{ start: '09:00', end: '09:00' }], 9, 0, false],
    [[{ start: 'bad', end: '10:00' }], 9, 30, false],
  ])('%j at %i:%i → %s', (ranges, h, m, quiet) => expect(isQuietAt(ranges, at(h, m))).toBe(quiet));
});

describe('quietEndAfter', () => {
  it('before midnight, the range ends the next morning', () => {
    const end = new Date(quietEndAfter(night, at(23))!);
    expect([end.getDate(), end.getHours(), end.getMinutes()]).toEqual([11, 7, 30]);
  });

  it('after midnight, the range ends this morning', () => {
    const end = new Date(quietEndAfter(night, at(3))!);
    expect([end.getDate(), end.getHours(), end.getMinutes()]).toEqual([10, 7, 30]);
  });

  it('follows ranges that touch one another', () => {
    const chained: QuietRange[] = [
      { start: '22:00', end: '00:00' },
      { start: '00:00', end: '06:00' },
      { start: '05:30', end: '08:00' },
    ];
    expect(minutesOfDay(quietEndAfter(chained, at(22, 30))!)).toBe(8 * 60);
  });

  it('is now when now is not quiet', () => {
    expect(quietEndAfter(night, at(12))).toBe(at(12));
  });

  it('is null when the day has no waking minute', () => {
    const allDay: QuietRange[] = [
      { start: '00:00', end: '12:00' },
      { start: '12:00', end: '00:00' },
    ];
    expect(quietEndAfter(allDay, at(9))).toBeNull();
  });
});

describe('awakeMinutesPerDay', () => {
  it.each([
    [[], 1440],
    [night, 1440 - 600],
    [nightAndNap, 1440 - 660],
    [
      [
        { start: '22:00', end: '23:00' },
        { start: '22:30', end: '23:30' },
      ],
      1440 - 90,
    ],
  ])('%j → %i', (ranges, minutes) => expect(awakeMinutesPerDay(ranges)).toBe(minutes));
});
