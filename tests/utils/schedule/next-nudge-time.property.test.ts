import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '@/utils/time/local-time';
import { isQuietAt, quietEndAfter, type QuietRange } from '@/utils/time/quiet-hours';
import {
  blockedReasonAt,
  boundedState,
  MIN_GAP,
  nextNudgeTime,
  scheduleReach,
  type ScheduleState,
} from '@/utils/schedule/next-nudge-time';
import {
  dstChanges,
  instant,
  quietByModel,
  quietHours,
  randomSource,
  sameLocalDay,
  stateAfterClockJump,
  stateAndNow,
} from './schedule-arbitraries';

// Thousands of random preference sets and moments, checked against the rules people rely
// on. Runs under several zones (vitest.config.ts); fast-check prints a failing case small.
const numRuns = 2000;
const WEEK_MINUTES = 7 * 24 * 60;

// Cases fast-check found once, kept so every run tries them (each meant for one zone).
const quietEndExamples: [QuietRange[], number][] = [
  // New York, Berlin, Sydney: a range ending in the skipped hour ended a whole gap late.
  [[{ start: '00:00', end: '02:01' }], 1710053999999],
  [[{ start: '00:00', end: '02:30' }], 1711846799999],
  [[{ start: '03:31', end: '02:30' }], 1885996799999],
  // New York: the second time through 01:00–01:30, the end came out an hour before now.
  [[{ start: '00:00', end: '01:30' }], 1762063200000],
  // New York, Berlin: the clock went back out of the range, but it stayed quiet an hour.
  [[{ start: '01:30', end: '02:00' }], 1857016799999],
  [[{ start: '02:30', end: '03:00' }], 1729990799999],
];
const nextNudgeExamples: [{ state: ScheduleState; now: number }, () => number][] = [
  // One free minute a day: settling after quiet hours landed back in them, pass after pass.
  [
    {
      now: 1772927334163,
      state: {
        prefs: {
          perDay: 1,
          maxPerDay: 1,
          quietHours: [{ start: '00:01', end: '00:00' }],
          pausedUntil: null,
        },
        snoozedUntil: null,
        shownTimes: [],
        roughDay: null,
      },
    },
    () => 0.05,
  ],
];

/** The day's cap as people read it: halved, rounded up, on the rough day. */
function capOnDayOf(state: ScheduleState, t: number): number {
  const rough = state.roughDay != null && sameLocalDay(state.roughDay, t);
  return rough ? Math.ceil(state.prefs.maxPerDay / 2) : state.prefs.maxPerDay;
}

/** Quiet at every minute of the week from `t`, by the model. */
function quietAllWeek(state: ScheduleState, t: number): boolean {
  for (let m = 0; m < WEEK_MINUTES; m++) {
    if (!quietByModel(state.prefs.quietHours, t + m * MINUTE)) return false;
  }
  return true;
}

describe(`the scheduler, under ${process.env.TZ}`, () => {
  it('knows the zone’s clock changes (none under UTC)', () => {
    expect(dstChanges.length === 0).toBe(process.env.TZ === 'UTC');
  });

  it('quiet hours mean what the plain model says', () => {
    fc.assert(
      fc.property(quietHours, instant, (ranges, t) => {
        expect(isQuietAt(ranges, t)).toBe(quietByModel(ranges, t));
      }),
      { numRuns },
    );
  });

  it('quiet hours end at the first moment that is not quiet, never before', () => {
    fc.assert(
      fc.property(quietHours, instant, (ranges, t) => {
        const end = quietEndAfter(ranges, t);
        if (end === null) return;
        expect(end).toBeGreaterThanOrEqual(t);
        expect(quietByModel(ranges, end)).toBe(false);
        // Quiet all the way there: the minute before the end, and the middle, are quiet.
        if (end > t) {
          expect(quietByModel(ranges, Math.max(t, end - MINUTE))).toBe(true);
          expect(quietByModel(ranges, Math.floor((t + end) / 2))).toBe(true);
        }
      }),
      { numRuns, examples: quietEndExamples },
    );
  });

  it('the next nudge keeps every rule, and is found unless the whole week is quiet', () => {
    fc.assert(
      fc.property(stateAndNow, randomSource, ({ state, now }, random) => {
        const next = nextNudgeTime(state, now, random);
        if (next === null) {
          expect(quietAllWeek(state, now)).toBe(true);
          return;
        }
        const { prefs, snoozedUntil, shownTimes } = state;
        expect(next).toBeGreaterThan(now);
        expect(quietByModel(prefs.quietHours, next)).toBe(false);
        const sameDay = shownTimes.filter((s) => sameLocalDay(s, next)).length;
        expect(sameDay).toBeLessThan(capOnDayOf(state, next));
        if (shownTimes.length > 0)
          expect(next - Math.max(...shownTimes)).toBeGreaterThanOrEqual(MIN_GAP);
        if (prefs.pausedUntil !== null) expect(next).toBeGreaterThanOrEqual(prefs.pausedUntil);
        if (snoozedUntil !== null) expect(next).toBeGreaterThanOrEqual(snoozedUntil);
        expect(blockedReasonAt(state, next)).toBeNull();
      }),
      { numRuns, examples: nextNudgeExamples },
    );
  });

  it('pause and snooze always run out', () => {
    fc.assert(
      fc.property(stateAndNow, ({ state }) => {
        const { pausedUntil } = state.prefs;
        if (pausedUntil !== null)
          expect(blockedReasonAt(state, pausedUntil + 1)).not.toBe('paused');
        if (state.snoozedUntil !== null)
          expect(blockedReasonAt(state, state.snoozedUntil + 1)).not.toBe('snoozed');
      }),
      { numRuns },
    );
  });

  it('day after day, nudges never pass the cap or come too close', () => {
    fc.assert(
      fc.property(stateAndNow, randomSource, ({ state, now }, random) => {
        const shownTimes = [...state.shownTimes];
        let at = now;
        for (let step = 0; step < 12; step++) {
          const next = nextNudgeTime({ ...state, shownTimes }, at, random);
          if (next === null) return;
          expect(blockedReasonAt({ ...state, shownTimes }, next)).toBeNull();
          if (shownTimes.length > 0)
            expect(next - Math.max(...shownTimes)).toBeGreaterThanOrEqual(MIN_GAP);
          shownTimes.push(next);
          const sameDay = shownTimes.filter((s) => sameLocalDay(s, next)).length;
          expect(sameDay).toBeLessThanOrEqual(capOnDayOf(state, next));
          at = next;
        }
      }),
      { numRuns: numRuns / 10 },
    );
  });

  it('after a clock jump either way, or with a time far ahead, the next nudge is within reach', () => {
    fc.assert(
      fc.property(stateAfterClockJump, randomSource, ({ state, now }, random) => {
        const next = nextNudgeTime(state, now, random);
        if (next === null) {
          expect(quietAllWeek(state, now)).toBe(true);
          return;
        }
        expect(next).toBeGreaterThan(now);
        expect(next).toBeLessThanOrEqual(now + scheduleReach(state.prefs));
        // Times after now were ignored when it was armed; by `next` some have come true.
        expect(blockedReasonAt(boundedState(state, now), next)).toBeNull();
      }),
      { numRuns },
    );
  });
});
