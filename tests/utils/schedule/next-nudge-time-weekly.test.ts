import { describe, expect, it } from 'vitest';
import { MINUTE } from '@/utils/time/local-time';
import type { QuietRange } from '@/utils/time/quiet-hours';
import {
  baseInterval,
  blockedReasonAt,
  nextNudgeTime,
  type ScheduleState,
} from '@/utils/schedule/next-nudge-time';

// 10 June 2026 is a Wednesday: 12 is Friday, 13 Saturday, 15 Monday.
const at = (h: number, m = 0, day = 12): number => new Date(2026, 5, day, h, m).getTime();
const fixed = (value: number) => () => value;
const night: QuietRange = { start: '21:30', end: '07:30' };
const work: QuietRange = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const rules = (quietHours: QuietRange[]): ScheduleState['prefs'] => ({
  perDay: 4,
  maxPerDay: 6,
  quietHours,
  pausedUntil: null,
});
const state = (quietHours: QuietRange[], shownTimes: number[]): ScheduleState => ({
  prefs: rules(quietHours),
  snoozedUntil: null,
  shownTimes,
});

describe('a weekly schedule', () => {
  it('spreads the nudges over the waking minutes of that day', () => {
    const prefs = rules([night, work]);
    expect(baseInterval(prefs, at(8))).toBe((6 * 60 * MINUTE) / 4);
    expect(baseInterval(prefs, at(8, 0, 13))).toBe((14 * 60 * MINUTE) / 4);
    // With no day given: an average day of the week.
    expect(baseInterval(prefs)).toBe(((5 * 6 + 2 * 14) * 60 * MINUTE) / 7 / 4);
  });

  it('on a work day, a nudge due at work waits until work ends', () => {
    const next = nextNudgeTime(state([night, work], [at(8)]), at(8), fixed(0.5));
    expect(next).toBe(at(17, 10));
  });

  it('at the weekend, the same hours are free', () => {
    const next = nextNudgeTime(state([night, work], [at(10, 0, 13)]), at(10, 0, 13), fixed(0.5));
    expect(next).toBe(at(13, 30, 13));
  });

  it('a quiet weekend waits from Friday night until Monday morning', () => {
    const weekend: QuietRange[] = [
      night,
      { start: '00:00', end: '12:00', days: [0, 6] },
      { start: '12:00', end: '00:00', days: [0, 6] },
    ];
    const next = nextNudgeTime(state(weekend, [at(21)]), at(21), fixed(0.5));
    expect(next).toBe(at(7, 40, 15));
  });

  it('a late Friday keeps Saturday morning quiet, and only that morning', () => {
    const friday = state([{ start: '23:00', end: '09:00', days: [5] }], []);
    expect(blockedReasonAt(friday, at(8, 0, 13))).toBe('quiet');
    expect(blockedReasonAt(friday, at(8, 0, 14))).toBeNull();
    expect(blockedReasonAt(friday, at(8, 0, 12))).toBeNull();
  });
});
