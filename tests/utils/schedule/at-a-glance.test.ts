import { describe, expect, it } from 'vitest';
import {
  AROUND_MINUTES,
  nextCheckInAt,
  nextNudgeGlance,
  type CheckInRules,
} from '@/utils/schedule/at-a-glance';
import { PAUSE_LONGEST } from '@/utils/schedule/next-nudge-time';
import type { RitualsDone } from '@/utils/schedule/rituals';
import { atLocalTime, DAY, HOUR, MINUTE, startOfLocalDay } from '@/utils/time/local-time';
import type { QuietRange } from '@/utils/time/quiet-hours';

// Runs in several time zones (vitest.config.ts): every time is local.
const at = (hours: number, minutes = 0, day = 10): number =>
  new Date(2026, 5, day, hours, minutes).getTime();
const NOW = at(15); // Wednesday 10 June 2026, 15:00
const NIGHT: QuietRange[] = [{ start: '21:30', end: '07:30' }];
const open = { pausedUntil: null, quietHours: [] as QuietRange[] };

describe('nextNudgeGlance', () => {
  it.each([
    [
      'armed later today: around the nearest ten',
      open,
      at(15, 47),
      { kind: 'around', at: at(15, 50) },
    ],
    ['armed tomorrow: its rounded time', open, at(9, 4, 11), { kind: 'around', at: at(9, 0, 11) }],
    ['armed within ten minutes: soon', open, NOW + 9 * MINUTE, { kind: 'soon' }],
    ['armed a moment ago (a held or late nudge): soon', open, NOW - MINUTE, { kind: 'soon' }],
    ['none armed: nothing to tell', open, null, { kind: 'none' }],
    [
      'paused: until when, whatever is armed',
      { ...open, pausedUntil: NOW + HOUR },
      at(16, 20),
      { kind: 'paused', until: NOW + HOUR },
    ],
    [
      'quiet later, not now: the nudge',
      { ...open, quietHours: NIGHT },
      at(17, 2),
      { kind: 'around', at: at(17, 0) },
    ],
  ] as const)('%s', (_, rules, armed, glance) => {
    expect(nextNudgeGlance(rules, armed, NOW)).toEqual(glance);
  });

  it('in quiet hours, says when they end: tomorrow, or this morning after midnight', () => {
    const quiet = { ...open, quietHours: NIGHT };
    expect(nextNudgeGlance(quiet, at(8, 10, 11), at(22))).toEqual({
      kind: 'quiet',
      until: at(7, 30, 11),
    });
    expect(nextNudgeGlance(quiet, at(8, 10, 11), at(2, 0, 11))).toEqual({
      kind: 'quiet',
      until: at(7, 30, 11),
    });
  });

  it('reads a pause as the schedule does: one past the longest a person can set holds nothing', () => {
    const far = { ...open, pausedUntil: NOW + PAUSE_LONGEST + MINUTE };
    expect(nextNudgeGlance(far, at(16, 0), NOW)).toEqual({ kind: 'around', at: at(16, 0) });
    const ended = { ...open, pausedUntil: NOW - MINUTE };
    expect(nextNudgeGlance(ended, at(16, 0), NOW).kind).toBe('around');
  });

  it('with quiet hours all week long, has nothing to tell', () => {
    const always: QuietRange[] = [
      { start: '00:00', end: '23:59' },
      { start: '23:59', end: '00:00' },
    ];
    expect(nextNudgeGlance({ ...open, quietHours: always }, null, NOW)).toEqual({ kind: 'none' });
  });

  it('never tells a rounded time already gone', () => {
    for (let armed = NOW; armed < NOW + 2 * HOUR; armed += 17_000) {
      const glance = nextNudgeGlance(open, armed, NOW);
      if (glance.kind === 'around') expect(glance.at).toBeGreaterThan(NOW);
      else expect(armed).toBeLessThan(NOW + AROUND_MINUTES * MINUTE);
    }
  });
});

describe('nextCheckInAt', () => {
  const everyDay = { days: [0, 1, 2, 3, 4, 5, 6], time: '20:30' };
  const rules: CheckInRules = { ...open, checkIn: everyDay, checkInOverQuiet: false };
  const today = startOfLocalDay(NOW);

  it.each<[string, CheckInRules, RitualsDone, number, number | null]>([
    ['none set', { ...rules, checkIn: null }, {}, NOW, null],
    ['later today', rules, {}, NOW, at(20, 30)],
    ['already had today: tomorrow', rules, { 'check-in': today }, NOW, at(20, 30, 11)],
    ['in its window now: at its own time', rules, {}, at(21, 10), at(20, 30)],
    [
      'only on Fridays: on Friday',
      { ...rules, checkIn: { days: [5], time: '20:30' } },
      {},
      NOW,
      at(20, 30, 12),
    ],
    ['paused over it: when the pause ends', { ...rules, pausedUntil: at(21) }, {}, NOW, at(21)],
    [
      'inside quiet hours it yields to: when they end, within its window',
      { ...rules, quietHours: [{ start: '20:00', end: '21:00' }] },
      {},
      NOW,
      at(21),
    ],
    [
      'inside quiet hours, chosen over them: at its time',
      { ...rules, quietHours: [{ start: '20:00', end: '21:00' }], checkInOverQuiet: true },
      {},
      NOW,
      at(20, 30),
    ],
  ])('%s', (_, given, done, now, expected) => {
    expect(nextCheckInAt(given, done, now)).toBe(expected);
  });

  it('a check-in just before midnight, in its window after it, is still told at its time', () => {
    const late = { ...rules, checkIn: { ...everyDay, time: '23:30' } };
    expect(nextCheckInAt(late, {}, at(0, 30, 11))).toBe(atLocalTime(at(12), 23 * 60 + 30));
    expect(nextCheckInAt(late, {}, at(0, 30, 11)) ?? 0).toBeLessThan(at(0, 30, 11) + DAY);
  });
});
