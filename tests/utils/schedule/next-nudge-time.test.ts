import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, minutesOfDay, startOfLocalDay } from '@/utils/time/local-time';
import { defaultPreferences } from '@/utils/storage/preferences';
import { isQuietAt } from '@/utils/time/quiet-hours';
import {
  baseInterval,
  FIRST_NUDGE_DELAY,
  blockedReasonAt,
  MIN_GAP,
  nextNudgeTime,
  pauseForAnHour,
  tomorrowMorning,
  type ScheduleState,
} from '@/utils/schedule/next-nudge-time';

const at = (h: number, m = 0, day = 10, month = 5): number =>
  new Date(2026, month, day, h, m).getTime();
const fixed = (value: number) => () => value;
const prefs = { ...defaultPreferences };
const state = (patch: Partial<ScheduleState> = {}): ScheduleState => ({
  prefs,
  snoozedUntil: null,
  shownTimes: [],
  ...patch,
});

/** A small seeded generator, so a failing run can be repeated. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

describe('nextNudgeTime', () => {
  it('brings the very first nudge soon after install', () => {
    const now = at(10);
    for (const r of [0, 0.5, 0.999]) {
      const next = nextNudgeTime(state(), now, fixed(r))!;
      expect(next - now).toBeGreaterThanOrEqual(FIRST_NUDGE_DELAY.min);
      expect(next - now).toBeLessThanOrEqual(FIRST_NUDGE_DELAY.max);
    }
  });

  it('spreads nudges with jitter between 0.6 and 1.4 times the base interval', () => {
    const now = at(10);
    const s = state({ shownTimes: [now] });
    const base = baseInterval(prefs);
    expect(base).toBe((14 * 60 * MINUTE) / 4);
    expect(nextNudgeTime(s, now, fixed(0))).toBe(now + 0.6 * base);
    expect(nextNudgeTime(s, now, fixed(0.5))).toBe(now + base);
    const high = nextNudgeTime(s, now, fixed(0.9999))! - now;
    expect(high).toBeLessThanOrEqual(1.4 * base);
    expect(high).toBeGreaterThan(1.39 * base);
  });

  it('never comes closer than the minimum gap after the last nudge', () => {
    const now = at(10);
    const busy = state({
      prefs: { ...prefs, perDay: 12, quietHours: [] },
      shownTimes: [now - MINUTE],
    });
    expect(nextNudgeTime(busy, now, fixed(0))).toBeGreaterThanOrEqual(now - MINUTE + MIN_GAP);
  });

  it('skips quiet hours, with a little settling time after them', () => {
    const now = at(20, 45);
    const next = nextNudgeTime(state({ shownTimes: [now] }), now, fixed(0.5))!;
    const d = new Date(next);
    expect(d.getDate()).toBe(11);
    expect(minutesOfDay(next)).toBe(7 * 60 + 30 + 10);
  });

  it('waits for the next day once the daily cap is reached', () => {
    const now = at(15);
    const shownTimes = [at(8), at(9), at(10), at(11), at(12), at(14)];
    const next = nextNudgeTime(state({ shownTimes }), now, fixed(0))!;
    expect(startOfLocalDay(next)).toBe(startOfLocalDay(at(0, 0, 11)));
    expect(isQuietAt(prefs.quietHours, next)).toBe(false);
  });

  it('comes right when a snooze ends, if that is allowed', () => {
    const now = at(10);
    const s = state({ snoozedUntil: now + 30 * MINUTE, shownTimes: [now - HOUR] });
    expect(nextNudgeTime(s, now, fixed(0.9))).toBe(now + 30 * MINUTE);
  });

  it('ignores a snooze that has already run out', () => {
    const now = at(10);
    const s = state({ snoozedUntil: now - MINUTE, shownTimes: [now] });
    expect(nextNudgeTime(s, now, fixed(0))).toBe(now + 0.6 * baseInterval(prefs));
  });

  it('resumes on its own after a pause', () => {
    const now = at(10);
    const paused = { ...prefs, pausedUntil: now + 5 * HOUR };
    const next = nextNudgeTime(state({ prefs: paused, shownTimes: [now] }), now, fixed(0))!;
    expect(next).toBe(now + 5 * HOUR);
  });

  it('is null when quiet hours cover the whole day', () => {
    const allDay = {
      ...prefs,
      quietHours: [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '00:00' },
      ],
    };
    expect(nextNudgeTime(state({ prefs: allDay }), at(10), Math.random)).toBeNull();
  });

  it('keeps every rule over many random days', () => {
    const random = seeded(42);
    for (let run = 0; run < 500; run++) {
      const perDay = 1 + Math.floor(random() * 12);
      const maxPerDay = 1 + Math.floor(random() * 24);
      const startMin = Math.floor(random() * 1440);
      const length = 30 + Math.floor(random() * 900);
      const clock = (m: number) =>
        `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const quietHours = [{ start: clock(startMin), end: clock(startMin + length) }];
      const rules = { perDay, maxPerDay, quietHours, pausedUntil: null };
      let now = at(0) + random() * 400 * 24 * HOUR;
      const shownTimes: number[] = [];
      for (let step = 0; step < 8; step++) {
        const next = nextNudgeTime({ prefs: rules, snoozedUntil: null, shownTimes }, now, random);
        expect(next).not.toBeNull();
        expect(next!).toBeGreaterThan(now);
        expect(isQuietAt(quietHours, next!)).toBe(false);
        if (shownTimes.length)
          expect(next! - Math.max(...shownTimes)).toBeGreaterThanOrEqual(MIN_GAP);
        expect(blockedReasonAt({ prefs: rules, snoozedUntil: null, shownTimes }, next!)).toBeNull();
        shownTimes.push(next!);
        now = next!;
      }
    }
  });
});

/** Days when each zone changes its clocks in 2026, and the real hours from 00:30 to 07:30. */
const dstDays: Record<string, { day: [number, number]; hours: number }[]> = {
  'America/New_York': [
    { day: [2, 8], hours: 6 },
    { day: [10, 1], hours: 8 },
  ],
  'Europe/Berlin': [
    { day: [2, 29], hours: 6 },
    { day: [9, 25], hours: 8 },
  ],
  'Australia/Sydney': [
    { day: [9, 4], hours: 6 },
    { day: [3, 5], hours: 8 },
  ],
  UTC: [{ day: [2, 8], hours: 7 }],
};

describe.each(dstDays[process.env.TZ ?? 'UTC'] ?? [])(
  'on a DST change day ($day)',
  ({ day, hours }) => {
    const [month, date] = day;
    const quiet = { ...prefs, quietHours: [{ start: '00:00', end: '07:30' }] };

    it('quiet hours end at 07:30 on the wall clock', () => {
      const now = new Date(2026, month, date, 0, 30).getTime();
      const next = nextNudgeTime(state({ prefs: quiet, shownTimes: [now - HOUR] }), now, fixed(0))!;
      expect(minutesOfDay(next)).toBe(7 * 60 + 30);
      expect((next - now) / HOUR).toBe(hours);
    });

    it('a quiet range ending inside the skipped hour still ends', () => {
      const gap = { ...prefs, quietHours: [{ start: '01:00', end: '02:30' }] };
      const now = new Date(2026, month, date, 1, 15).getTime();
      const next = nextNudgeTime(state({ prefs: gap, shownTimes: [now - HOUR] }), now, fixed(0))!;
      expect(next).toBeGreaterThan(now);
      expect(isQuietAt(gap.quietHours, next)).toBe(false);
    });
  },
);

describe('blockedReasonAt', () => {
  const now = at(12);
  it.each([
    ['allowed', state(), null],
    ['quiet', state(), 'quiet', at(23)],
    ['paused', state({ prefs: { ...prefs, pausedUntil: now + MINUTE } }), 'paused'],
    ['pause over', state({ prefs: { ...prefs, pausedUntil: now - MINUTE } }), null],
    ['snoozed', state({ snoozedUntil: now + MINUTE }), 'snoozed'],
    ['snooze over', state({ snoozedUntil: now }), null],
    // Six shown this morning (none after now: those are ignored, see boundedState).
    ['cap', state({ shownTimes: [1, 2, 3, 4, 5, 6].map((h) => at(h + 5)) }), 'cap'],
    ['just shown', state({ shownTimes: [now - MINUTE] }), 'gap'],
    ['cap is per day', state({ shownTimes: [1, 2, 3, 4, 5, 6].map((h) => at(h + 7, 0, 9)) }), null],
  ] as const)('%s', (_, s, reason, when = now) => expect(blockedReasonAt(s, when)).toBe(reason));
});

describe('pause helpers', () => {
  it('pauses for an hour', () => expect(pauseForAnHour(at(10))).toBe(at(11)));
  it.each([
    ['evening', at(20), at(8, 0, 11)],
    ['morning', at(9), at(8, 0, 11)],
    ['small hours', at(3), at(8, 0, 10)],
  ])('until tomorrow morning, asked in the %s', (_, now, expected) =>
    expect(tomorrowMorning(now)).toBe(expected),
  );
});

describe('on a rough day', () => {
  const rough = startOfLocalDay(at(12));
  const shownToday = (n: number): number[] => Array.from({ length: n }, (_, i) => at(8 + i));

  it.each([
    [6, 3],
    [5, 3],
    [2, 1],
    [1, 1],
  ])('a cap of %i becomes %i that day', (maxPerDay, cap) => {
    const rules = { ...prefs, maxPerDay };
    const held = state({ prefs: rules, roughDay: rough, shownTimes: shownToday(cap) });
    const allowed = state({ prefs: rules, roughDay: rough, shownTimes: shownToday(cap - 1) });
    expect(blockedReasonAt(held, at(12))).toBe('cap');
    expect(blockedReasonAt(allowed, at(12))).toBeNull();
  });

  it('the usual cap holds the next day, and on a day that was not rough', () => {
    const next = startOfLocalDay(at(12, 0, 11));
    const shownNextDay = [8, 9, 10].map((h) => at(h, 0, 11));
    expect(
      blockedReasonAt(state({ roughDay: rough, shownTimes: shownNextDay }), at(12, 0, 11)),
    ).toBe(null);
    expect(
      blockedReasonAt(state({ roughDay: next, shownTimes: shownNextDay }), at(12, 0, 11)),
    ).toBe('cap');
    expect(
      blockedReasonAt(state({ roughDay: null, shownTimes: shownToday(3) }), at(12)),
    ).toBeNull();
  });

  it('nudges come twice as far apart, and as usual again the next day', () => {
    const base = baseInterval(prefs);
    const now = at(10);
    const today = state({ roughDay: rough, shownTimes: [now] });
    expect(nextNudgeTime(today, now, fixed(0.5))).toBe(now + 2 * base);
    expect(nextNudgeTime(today, now, fixed(0))).toBe(now + 2 * 0.6 * base);

    const tomorrow = at(10, 0, 11);
    const after = state({ roughDay: rough, shownTimes: [tomorrow] });
    expect(nextNudgeTime(after, tomorrow, fixed(0.5))).toBe(tomorrow + base);
  });

  it('once the halved cap is reached, the next nudge waits for the next day', () => {
    const now = at(13);
    const next = nextNudgeTime(
      state({ roughDay: rough, shownTimes: shownToday(3) }),
      now,
      fixed(0),
    )!;
    expect(startOfLocalDay(next)).toBe(startOfLocalDay(at(12, 0, 11)));
    expect(isQuietAt(prefs.quietHours, next)).toBe(false);
    // Without the rough night, three nudges leave room for more today.
    const usual = nextNudgeTime(state({ shownTimes: shownToday(3) }), now, fixed(0))!;
    expect(startOfLocalDay(usual)).toBe(rough);
  });
});
