import { describe, expect, it } from 'vitest';
import { defaultPreferences, repairPreferences } from '@/utils/storage/preferences';
import { checkBabyDate, checkRitual } from '@/utils/storage/ritual-fields';

// Issue 15: the daily check-in, the weekly tiny date and the baby's date, checked as stored.
describe('the rituals and the baby’s date in preferences', () => {
  it('are off and empty for a new person', () => {
    expect(defaultPreferences).toMatchObject({
      checkIn: null,
      checkInOverQuiet: false,
      weeklyDate: null,
      babyDate: null,
    });
  });

  it.each([
    [
      { days: [3, 1, 1, 9], time: '20:30' },
      { days: [1, 3], time: '20:30' },
    ],
    [
      { days: [5], time: '07:05' },
      { days: [5], time: '07:05' },
    ],
    // When it was set is kept when it is a time, dropped when not.
    [
      { days: [5], time: '07:05', since: 1_780_000_000_000 },
      { days: [5], time: '07:05', since: 1_780_000_000_000 },
    ],
    [
      { days: [5], time: '07:05', since: '2026-06-10' },
      { days: [5], time: '07:05' },
    ],
  ])('a ritual %j keeps its known days, sorted: %j', (stored, kept) => {
    expect(checkRitual(stored)).toEqual({ ok: true, value: kept });
  });

  it.each([
    null,
    'daily',
    {},
    { days: [], time: '20:30' },
    { days: [1], time: '8:30' },
    { days: [1] },
  ])('a ritual %j is refused with a kind message', (stored) => {
    const checked = checkRitual(stored);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(/^Please pick/);
  });

  it.each([
    ['2026-03-02', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1850-01-01', false],
    ['03/02/2026', false],
    [20260302, false],
  ])('the baby’s date %j is kept: %s', (stored, ok) => {
    expect(checkBabyDate(stored).ok).toBe(ok);
  });

  it('repair keeps good values and drops bad ones to off, field by field', () => {
    const repaired = repairPreferences({
      checkIn: { days: [1, 2], time: '20:30' },
      checkInOverQuiet: true,
      weeklyDate: { days: [], time: '20:30' },
      babyDate: 'yesterday',
    });
    expect(repaired).toMatchObject({
      checkIn: { days: [1, 2], time: '20:30' },
      checkInOverQuiet: true,
      weeklyDate: null,
      babyDate: null,
    });
  });
});
