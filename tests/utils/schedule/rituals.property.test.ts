import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atLocalTime, DAY, parseClock, startOfLocalDay } from '@/utils/time/local-time';
import { isQuietAt } from '@/utils/time/quiet-hours';
import { nextRitualAt, RITUAL_WINDOW, type RitualTime } from '@/utils/schedule/rituals';
import { instant, quietHours, randomSource, stateAndNow } from './schedule-arbitraries';
import { blockedReasonAt, MIN_GAP, nextNudgeTime } from '@/utils/schedule/next-nudge-time';

// Issue 15, over random schedules and moments (under several zones with DST: vitest.config.ts).
const numRuns = 1000;
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const ritual: fc.Arbitrary<RitualTime> = fc.record({
  days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  time: clock,
});
const rules = fc.record({
  quietHours,
  pausedUntil: fc.constant(null),
  overQuiet: fc.boolean(),
});

/** Its start on the local day `day`: its local time, as atLocalTime places it across DST. */
const startOn = (r: RitualTime, day: number): number => atLocalTime(day, parseClock(r.time)!);

describe('the daily check-in, over random schedules', () => {
  it('comes at or after now, inside its window on one of its days, never in quiet hours it yields to', () => {
    fc.assert(
      fc.property(ritual, rules, instant, (r, ru, now) => {
        const due = nextRitualAt(r, ru, null, now);
        if (due === null) return;
        expect(due.at).toBeGreaterThanOrEqual(now);
        expect(r.days).toContain(new Date(due.day).getDay());
        const start = startOn(r, due.day);
        expect(due.at).toBeGreaterThanOrEqual(start);
        expect(due.at).toBeLessThan(start + RITUAL_WINDOW);
        if (!ru.overQuiet) expect(isQuietAt(ru.quietHours, due.at)).toBe(false);
      }),
      { numRuns },
    );
  });

  it('with nothing in the way, comes at its local time', () => {
    fc.assert(
      fc.property(ritual, instant, (r, now) => {
        const due = nextRitualAt(
          r,
          { quietHours: [], pausedUntil: null, overQuiet: false },
          null,
          now,
        );
        expect(due).not.toBeNull();
        // Its time on the dot, or now when now is inside its window (a catch-up).
        expect([now, startOn(r, due!.day)]).toContain(due!.at);
      }),
      { numRuns },
    );
  });

  it('never twice a day, and missed ones never pile up: a week of days closed comes as one', () => {
    fc.assert(
      fc.property(
        ritual,
        rules,
        instant,
        fc.integer({ min: 0, max: 10 }),
        (r, ru, start, closedDays) => {
          // The browser was closed for some days; then each ritual that comes is marked.
          let now = start + closedDays * DAY;
          let lastDay: number | null = null;
          const days: number[] = [];
          for (let i = 0; i < 6; i++) {
            const due = nextRitualAt(r, ru, lastDay, now);
            if (due === null) break;
            days.push(due.day);
            lastDay = due.day;
            now = due.at + 1;
          }
          expect(new Set(days).size).toBe(days.length);
          // After a gap, the first one is either still in its window or a future one.
          expect(days.every((d, i) => i === 0 || d > days[i - 1]!)).toBe(true);
          if (days[0] !== undefined)
            expect(startOn(r, days[0]) + RITUAL_WINDOW).toBeGreaterThan(start + closedDays * DAY);
          expect(days.every((d) => d === startOfLocalDay(d))).toBe(true);
        },
      ),
      { numRuns: numRuns / 4 },
    );
  }, 30_000);
});

describe('the regular nudges, with rituals in the day', () => {
  it('keep every rule: never quiet, never before now, and 30 minutes clear of a ritual', () => {
    fc.assert(
      fc.property(
        stateAndNow,
        fc.array(fc.integer({ min: 0, max: 2 * DAY }), { maxLength: 3 }),
        randomSource,
        ({ state, now }, ago, random) => {
          const ritualTimes = ago.map((a) => now - a);
          const t = nextNudgeTime({ ...state, ritualTimes }, now, random);
          if (t === null) return;
          expect(t).toBeGreaterThan(now);
          expect(isQuietAt(state.prefs.quietHours, t)).toBe(false);
          for (const r of ritualTimes) expect(t - r).toBeGreaterThanOrEqual(MIN_GAP);
          // And the cap counts no ritual: with them or without, the same days are full.
          expect(blockedReasonAt({ ...state, ritualTimes }, t)).not.toBe('cap');
        },
      ),
      { numRuns: numRuns / 2 },
    );
  }, 30_000);
});
