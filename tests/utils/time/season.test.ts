import { describe, expect, it } from 'vitest';
import { milestoneAt, parseDate, seasonAt } from '@/utils/time/season';

// Issue 15: the baby's season from the birthday, by the local calendar (this file also runs
// under Berlin, Sydney and UTC: see vitest.config.ts).
const at = (y: number, m: number, d: number, h = 12): number => new Date(y, m - 1, d, h).getTime();

describe('seasonAt', () => {
  it.each([
    // [birthday, now, season]
    ['2026-03-10', at(2026, 3, 9), null], // still expecting: the due date is ahead
    ['2026-03-10', at(2026, 3, 10, 0), 'fog'], // the day itself, just after midnight
    ['2026-03-10', at(2026, 4, 20, 23), 'fog'], // day 41
    ['2026-03-10', at(2026, 4, 21, 0), 'early'], // day 42: six weeks
    ['2026-03-10', at(2026, 7, 9, 23), 'early'],
    ['2026-03-10', at(2026, 7, 10, 0), 'dip'], // four months
    ['2027-03-09', at(2028, 3, 8), 'dip'],
    ['2026-03-10', at(2027, 3, 10, 0), 'toddler'], // the first birthday
    ['2026-03-10', at(2029, 3, 9, 23), 'toddler'],
    ['2026-03-10', at(2029, 3, 10), null], // three: as without a season
    // Month ends: born on the 31st, four months old on the last day of a shorter month.
    ['2026-10-31', at(2027, 2, 27), 'early'],
    ['2026-10-31', at(2027, 2, 28), 'dip'],
    // Born on a leap day: one year old on 28 February.
    ['2024-02-29', at(2025, 2, 27), 'dip'],
    ['2024-02-29', at(2025, 2, 28), 'toddler'],
    // Six weeks across the spring DST change (Europe: 29 March 2026; US: 8 March).
    ['2026-02-20', at(2026, 4, 2, 0), 'fog'], // day 41
    ['2026-02-20', at(2026, 4, 2, 23), 'fog'],
    ['2026-02-20', at(2026, 4, 3, 0), 'early'], // day 42
  ] as const)('born %s, at %s: %s', (date, now, season) => {
    expect(seasonAt(date, now)).toBe(season);
  });

  it.each([null, '', 'soon', '2026-02-30', '2026-13-01', '26-01-01', '2026-1-1'])(
    'no season for %j (no date, or no real one)',
    (date) => {
      expect(seasonAt(date, at(2026, 6, 1))).toBeNull();
    },
  );
});

describe('milestoneAt', () => {
  it.each([
    ['2026-01-31', at(2026, 2, 27), null],
    ['2026-01-31', at(2026, 2, 28), 'month-1'], // a month after the 31st: the 28th
    ['2026-01-31', at(2026, 3, 6), 'month-1'], // within the week after
    ['2026-01-31', at(2026, 3, 7), null],
    ['2026-01-10', at(2026, 4, 10), 'month-3'],
    ['2026-01-10', at(2026, 7, 16), 'month-6'],
    ['2026-01-10', at(2026, 7, 17), null],
    ['2024-02-29', at(2025, 2, 28), 'year-1'],
    ['2026-01-10', at(2027, 1, 10, 0), 'year-1'],
    ['2026-01-10', at(2026, 1, 10), null], // the birth itself is no milestone
    [null, at(2026, 1, 10), null],
  ] as const)('born %s, at %s: %s', (date, now, milestone) => {
    expect(milestoneAt(date, now)).toBe(milestone);
  });

  it('parses only real calendar dates', () => {
    expect(parseDate('2024-02-29')).toEqual([2024, 1, 29]);
    expect(parseDate('2025-02-29')).toBeNull();
  });
});
