import fc from 'fast-check';
import { DAY, HOUR, startOfLocalDay } from '@/utils/time/local-time';
import type { QuietRange } from '@/utils/time/quiet-hours';
import {
  PAUSE_LONGEST,
  SNOOZE_LONGEST,
  type ScheduleState,
} from '@/utils/schedule/next-nudge-time';
import { clockChanges } from '../time/clock-changes';

// Random inputs for the scheduler's property tests, and a plain model of quiet hours to
// check it against. Times span years and lean towards the local zone's DST changes.

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2030, 0, 1);

/** Every instant in FROM–TO where the local clock changes (none under UTC). */
export const dstChanges: number[] = clockChanges(FROM, TO).map((change) => change.at);

const anyTime = fc.integer({ min: FROM, max: TO });
const nearDstChange =
  dstChanges.length === 0
    ? anyTime
    : fc
        .tuple(fc.constantFrom(...dstChanges), fc.integer({ min: -36 * HOUR, max: 36 * HOUR }))
        .map(([change, offset]) => change + offset);

/** A moment somewhere in six years, often within a day and a half of a clock change. */
export const instant = fc.oneof({ arbitrary: anyTime, weight: 2 }, nearDstChange);

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Any minute, or a half hour in the small hours where clocks change. */
const clockTime = fc
  .oneof(
    { arbitrary: fc.integer({ min: 0, max: 1439 }), weight: 3 },
    fc.integer({ min: 0, max: 8 }).map((half) => half * 30),
  )
  .map(clock);

const days = fc
  .uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 })
  .map((d) => [...d].sort((a, b) => a - b));

/** A valid range (start ≠ end), every day or on some days, often crossing midnight. */
export const quietRange: fc.Arbitrary<QuietRange> = fc
  .record({ start: clockTime, end: clockTime, days: fc.option(days, { nil: undefined }) })
  .filter((r) => r.start !== r.end)
  .map(({ start, end, days: d }) => (d === undefined ? { start, end } : { start, end, days: d }));

/** Whole days quiet (on some or all days), plus a few ordinary ranges. */
const blanket = fc
  .tuple(days, fc.array(quietRange, { maxLength: 2 }))
  .map(([d, more]): QuietRange[] => [
    { start: '00:00', end: '12:00', days: d },
    { start: '12:00', end: '00:00', days: d },
    ...more,
  ]);

export const quietHours: fc.Arbitrary<QuietRange[]> = fc.oneof(
  { arbitrary: fc.array(quietRange, { maxLength: 4 }), weight: 4 },
  blanket,
);

/** Fractions in [0, 1) handed out in turn, standing in for Math.random. */
export const randomSource = fc
  .array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((values) => {
    let i = 0;
    return Object.assign(() => values[i++ % values.length] ?? 0, {
      toString: () => `cycle(${JSON.stringify(values)})`,
    });
  });

/** A state and a `now` it is asked at: nudges shown only in the past, holds around now. */
export const stateAndNow: fc.Arbitrary<{ state: ScheduleState; now: number }> = instant.chain(
  (now) =>
    fc
      .record({
        perDay: fc.integer({ min: 1, max: 12 }),
        maxPerDay: fc.integer({ min: 1, max: 24 }),
        quietHours,
        // As long as the person can set them (longer ones come from a wrong clock: below).
        pausedUntil: fc.option(fc.integer({ min: now - 2 * DAY, max: now + PAUSE_LONGEST })),
        snoozedUntil: fc.option(fc.integer({ min: now - HOUR, max: now + SNOOZE_LONGEST })),
        shown: fc.array(fc.integer({ min: 0, max: 2 * DAY }), { maxLength: 30 }),
        roughIn: fc.option(fc.integer({ min: -1, max: 1 })),
      })
      .map(
        ({ perDay, maxPerDay, quietHours: ranges, pausedUntil, snoozedUntil, shown, roughIn }) => ({
          now,
          state: {
            prefs: { perDay, maxPerDay, quietHours: ranges, pausedUntil },
            snoozedUntil,
            shownTimes: shown.map((ago) => now - ago),
            roughDay: roughIn === null ? null : startOfLocalDay(now + roughIn * DAY),
          },
        }),
      ),
);

/** What quiet hours mean, written the plain way: the wall clock and the day a range starts. */
export function quietByModel(ranges: readonly QuietRange[], t: number): boolean {
  const d = new Date(t);
  const minute = d.getHours() * 60 + d.getMinutes();
  const today = d.getDay();
  const yesterday = (today + 6) % 7;
  const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return ranges.some(({ start, end, days: on = [0, 1, 2, 3, 4, 5, 6] }) => {
    const [s, e] = [toMinutes(start), toMinutes(end)];
    if (s < e) return on.includes(today) && minute >= s && minute < e;
    return (on.includes(today) && minute >= s) || (on.includes(yesterday) && minute < e);
  });
}

/** Same local calendar day, by the date parts rather than by the code under test. */
export function sameLocalDay(a: number, b: number): boolean {
  const [x, y] = [new Date(a), new Date(b)];
  return (
    x.getFullYear() === y.getFullYear() &&
    x.getMonth() === y.getMonth() &&
    x.getDate() === y.getDate()
  );
}

/** A jump of the clock: forward or back by minutes to a year (a wrong clock, then fixed). */
export const clockJump = fc.oneof(
  fc.integer({ min: -365 * DAY, max: 365 * DAY }),
  fc.integer({ min: -2 * DAY, max: 2 * DAY }),
);

/**
 * A legal state made at one clock, asked at another `jump` away (a clock that ran ahead and
 * was fixed leaves its pause, snooze and shown nudges in the future), sometimes with a pause
 * and a history entry far ahead too (a backup from a device whose clock was wrong).
 */
export const stateAfterClockJump: fc.Arbitrary<{ state: ScheduleState; now: number }> = fc
  .tuple(stateAndNow, clockJump, fc.option(fc.integer({ min: 0, max: 1000 * DAY })))
  .map(([{ state, now }, jump, far]) => ({
    now: now + jump,
    state:
      far === null
        ? state
        : {
            ...state,
            prefs: { ...state.prefs, pausedUntil: now + far },
            shownTimes: [...state.shownTimes, now + far],
          },
  }));
