import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '@/utils/time/local-time';
import {
  nextRitualAt,
  ritualInQuiet,
  RITUAL_WINDOW,
  type RitualRules,
} from '@/utils/schedule/rituals';

// Issue 15: the daily check-in (and the weekly tiny date) at the local time the person picks.
const at = (d: number, h: number, m = 0): number => new Date(2026, 5, d, h, m).getTime(); // June 2026
const day = (d: number): number => new Date(2026, 5, d).getTime();
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const checkIn = { days: EVERY_DAY, time: '20:30' };
const open: RitualRules = { quietHours: [], pausedUntil: null, overQuiet: false };
const quiet: RitualRules = { ...open, quietHours: [{ start: '21:30', end: '07:30' }] };

describe('nextRitualAt', () => {
  it.each([
    // [what, rules, lastDay, from, expected at, expected day]
    ['later today: at its time', open, null, at(10, 9), at(10, 20, 30), day(10)],
    ['at its time exactly', open, null, at(10, 20, 30), at(10, 20, 30), day(10)],
    ['missed by an hour: now, once', open, null, at(10, 21, 30), at(10, 21, 30), day(10)],
    ['missed by two hours: tomorrow', open, null, at(10, 22, 30), at(11, 20, 30), day(11)],
    ['already came today: tomorrow', open, day(10), at(10, 21), at(11, 20, 30), day(11)],
    [
      'paused until 21:00: then',
      { ...open, pausedUntil: at(10, 21) },
      null,
      at(10, 20),
      at(10, 21),
      day(10),
    ],
    [
      'paused past its window: tomorrow',
      { ...open, pausedUntil: at(10, 23) },
      null,
      at(10, 20),
      at(11, 20, 30),
      day(11),
    ],
  ] as const)('%s', (_, rules, lastDay, from, when, itsDay) => {
    expect(nextRitualAt(checkIn, rules, lastDay, from)).toEqual({ at: when, day: itsDay });
  });

  it('only on its days: Friday 20:30 asked on a Wednesday comes on Friday', () => {
    // 10 June 2026 is a Wednesday.
    expect(nextRitualAt({ days: [5], time: '20:30' }, open, null, at(10, 12))).toEqual({
      at: at(12, 20, 30),
      day: day(12),
    });
  });

  it('inside quiet hours it waits for their end, if that is within its window', () => {
    const late = { days: EVERY_DAY, time: '21:45' };
    // Quiet 21:30–07:30: nothing in 21:45–23:45, so the next day's 21:45 is quiet too: none.
    expect(nextRitualAt(late, quiet, null, at(10, 12))).toBeNull();
    const shortQuiet: RitualRules = { ...open, quietHours: [{ start: '21:30', end: '22:30' }] };
    expect(nextRitualAt(late, shortQuiet, null, at(10, 12))).toEqual({
      at: at(10, 22, 30),
      day: day(10),
    });
  });

  it('chosen over quiet hours, it comes at its time inside them', () => {
    const late = { days: EVERY_DAY, time: '21:45' };
    expect(nextRitualAt(late, { ...quiet, overQuiet: true }, null, at(10, 12))).toEqual({
      at: at(10, 21, 45),
      day: day(10),
    });
  });

  it('late at night, yesterday’s 23:30 is still due at 00:30', () => {
    const r = { days: EVERY_DAY, time: '23:30' };
    expect(nextRitualAt(r, open, null, at(11, 0, 30))).toEqual({ at: at(11, 0, 30), day: day(10) });
    expect(nextRitualAt(r, open, day(10), at(11, 0, 30))).toEqual({
      at: at(11, 23, 30),
      day: day(11),
    });
  });

  it('set after its time today (turned on, or changed), it waits for its next day', () => {
    // Turned on at 21:39 with the suggested 20:30: not at once, while the person is still
    // choosing a time. Changed then to 21:44: today at 21:44.
    const setLate = { ...checkIn, since: at(10, 21, 39) };
    expect(nextRitualAt(setLate, open, null, at(10, 21, 40))).toEqual({
      at: at(11, 20, 30),
      day: day(11),
    });
    const changed = { days: EVERY_DAY, time: '21:44', since: at(10, 21, 40) };
    expect(nextRitualAt(changed, open, null, at(10, 21, 40))?.at).toBe(at(10, 21, 44));
    // Set within the minute of its time: still now.
    const sameMinute = { days: EVERY_DAY, time: '21:40', since: at(10, 21, 40) + 30_000 };
    expect(nextRitualAt(sameMinute, open, null, at(10, 21, 41))?.at).toBe(at(10, 21, 41));
    // Set before its time and missed (browser closed): it still comes in its window.
    const setEarly = { ...checkIn, since: at(10, 9) };
    expect(nextRitualAt(setEarly, open, null, at(10, 21, 30))?.at).toBe(at(10, 21, 30));
  });

  it('set "after" now (a clock that ran ahead, since put right): read as set now, never off', () => {
    const ahead = { ...checkIn, since: at(10, 12) + 365 * 24 * HOUR };
    expect(nextRitualAt(ahead, open, null, at(10, 21))).toEqual({
      at: at(11, 20, 30),
      day: day(11),
    });
    expect(nextRitualAt(ahead, open, null, at(10, 9))?.at).toBe(at(10, 20, 30));
  });

  it('no days, or a time that is no time: none', () => {
    expect(nextRitualAt({ days: [], time: '20:30' }, open, null, at(10, 12))).toBeNull();
    expect(nextRitualAt({ days: EVERY_DAY, time: '25:00' }, open, null, at(10, 12))).toBeNull();
  });

  it('its window is two hours', () => {
    expect(RITUAL_WINDOW).toBe(2 * HOUR);
    expect(nextRitualAt(checkIn, open, null, at(10, 22, 29))?.at).toBe(at(10, 22, 29));
    expect(nextRitualAt(checkIn, open, null, at(10, 22, 30) + MINUTE)?.day).toBe(day(11));
  });
});

describe('ritualInQuiet', () => {
  it('says when the time falls in quiet hours on one of its days', () => {
    expect(ritualInQuiet(checkIn, quiet.quietHours, at(10, 12))).toBe(false);
    expect(ritualInQuiet({ days: EVERY_DAY, time: '22:00' }, quiet.quietHours, at(10, 12))).toBe(
      true,
    );
    expect(ritualInQuiet({ days: [], time: '22:00' }, quiet.quietHours, at(10, 12))).toBe(false);
  });
});
