import { describe, expect, it } from 'vitest';
import {
  awakeMinutesOn,
  awakeMinutesPerDay,
  awakeMinutesPerWeek,
  isQuietAt,
  quietEndAfter,
  type QuietRange,
} from '@/utils/time/quiet-hours';
import { minutesOfDay } from '@/utils/time/local-time';

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

// 10 June 2026 is a Wednesday: 12 is Friday, 13 Saturday, 14 Sunday, 15 Monday.
const weekdays = [1, 2, 3, 4, 5];
const workDays: QuietRange = { start: '09:00', end: '17:00', days: weekdays };
const fridayNight: QuietRange = { start: '22:00', end: '06:00', days: [5] };
const week: QuietRange[] = [...night, workDays];

describe('quiet ranges on some days of the week', () => {
  it.each([
    ['work hours on a Friday', [workDays], 10, 12, true],
    ['work hours on a Saturday', [workDays], 10, 13, false],
    ['work hours on a Monday', [workDays], 16, 15, true],
    ['Friday night, before midnight', [fridayNight], 23, 12, true],
    ['Friday night, on into Saturday morning', [fridayNight], 3, 13, true],
    ['Friday night is over by Saturday 06:00', [fridayNight], 6, 13, false],
    ['Saturday night is not Friday night', [fridayNight], 23, 13, false],
    ['a Friday small hour belongs to Thursday night', [fridayNight], 3, 12, false],
    ['Saturday night runs into Sunday', [{ ...fridayNight, days: [6] }], 3, 14, true],
    ['every day still means every day', night, 3, 14, true],
  ] as const)('%s', (_, ranges, h, day, quiet) =>
    expect(isQuietAt(ranges, at(h, 0, day))).toBe(quiet),
  );

  it('work hours end at five, the night then starts as usual', () => {
    expect(quietEndAfter(week, at(16, 0, 12))).toBe(at(17, 0, 12));
    expect(quietEndAfter(week, at(23, 0, 12))).toBe(at(7, 30, 13));
  });

  it('a quiet weekend runs from Friday night to Monday morning', () => {
    const weekend: QuietRange[] = [
      ...night,
      { start: '00:00', end: '12:00', days: [0, 6] },
      { start: '12:00', end: '00:00', days: [0, 6] },
    ];
    expect(quietEndAfter(weekend, at(23, 0, 12))).toBe(at(7, 30, 15));
  });

  it('finds the one day of the week that has time left', () => {
    const allButWednesday: QuietRange[] = [
      { start: '00:00', end: '12:00', days: [0, 1, 2, 4, 5, 6] },
      { start: '12:00', end: '00:00', days: [0, 1, 2, 4, 5, 6] },
    ];
    expect(quietEndAfter(allButWednesday, at(9, 0, 11))).toBe(at(0, 0, 17));
  });

  it('is null only when the whole week is quiet', () => {
    const halves = (days: number[]): QuietRange[] => [
      { start: '00:00', end: '12:00', days },
      { start: '12:00', end: '00:00', days },
    ];
    expect(quietEndAfter([...halves([0, 1, 2, 3]), ...halves([4, 5, 6])], at(9))).toBeNull();
    expect(awakeMinutesPerWeek(halves([0, 1, 2, 3, 4, 5, 6]))).toBe(0);
  });

  it('counts the waking minutes of each day', () => {
    expect(awakeMinutesOn(week, 5)).toBe(1440 - 600 - 480);
    expect(awakeMinutesOn(week, 6)).toBe(1440 - 600);
    expect(awakeMinutesPerWeek(week)).toBe(5 * 360 + 2 * 840);
    expect(awakeMinutesPerDay(week)).toBe((5 * 360 + 2 * 840) / 7);
    // A range crossing midnight takes minutes from the day it starts on and the next.
    expect(awakeMinutesOn([fridayNight], 5)).toBe(1440 - 120);
    expect(awakeMinutesOn([fridayNight], 6)).toBe(1440 - 360);
    expect(awakeMinutesOn([{ ...fridayNight, days: [6] }], 0)).toBe(1440 - 360);
  });
});
