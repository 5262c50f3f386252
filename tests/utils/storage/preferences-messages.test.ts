import { describe, expect, it } from 'vitest';
import {
  checkClockRange,
  checkKindsOff,
  checkMaxPerDay,
  checkPartnerName,
  checkPerDay,
  checkQuietRange,
  checkWorkHours,
  type Checked,
} from '@/utils/storage/preferences';
import { categories } from '@/utils/library/nudge';

// Which message each kind of bad value gets: the checks are the repair's rules with a reason
// added, and each reason must stay the one the field shows.
describe('check messages', () => {
  const said = (checked: Checked<unknown>): string | null => (checked.ok ? null : checked.message);
  it.each([
    [checkPartnerName(7), 'Please type a name.'],
    [checkPartnerName('\u200b \u200d'), expect.stringMatching(/^That name has nothing/)],
    [checkPartnerName(' x '.repeat(41)), 'Please keep it to 40 characters or fewer.'],
    [checkPerDay('13'), 'Please choose a whole number from 1 to 12.'],
    [checkMaxPerDay(0), 'Please choose a whole number from 1 to 24.'],
    [checkClockRange(null), 'Please set a start and an end.'],
    [checkClockRange('09:00'), 'Please set a start and an end.'],
    [checkClockRange([]), 'Please set both a start and an end time.'],
    [checkClockRange({ start: '09:00' }), 'Please set both a start and an end time.'],
    [checkClockRange({ start: '9:00', end: '9:00' }), 'Please set both a start and an end time.'],
    [checkClockRange({ start: '09:00', end: '09:00' }), expect.stringMatching(/same time/)],
    [checkQuietRange(undefined), 'Please set a start and an end.'],
    [checkQuietRange({ start: '09:00', end: 9 }), 'Please set both a start and an end time.'],
    [
      checkQuietRange({ start: '09:00', end: '10:00', days: 'all' }),
      'Please pick at least one day.',
    ],
    [checkKindsOff([...categories]), 'Please keep at least one kind on.'],
    [checkKindsOff('touch'), 'Please keep at least one kind on.'],
    [checkWorkHours(null), 'Please set the days and the hours.'],
    [checkWorkHours({ days: [1], start: '09:00' }), 'Please set both a start and an end time.'],
    [checkWorkHours({ days: [], start: '09:00', end: '09:00' }), expect.stringMatching(/same/)],
    [
      checkWorkHours({ days: [9], start: '09:00', end: '17:00' }),
      'Please pick at least one work day.',
    ],
    [checkWorkHours({ start: '09:00', end: '17:00' }), 'Please pick at least one work day.'],
  ])('%# says %j', (checked, message) => expect(said(checked)).toEqual(message));

  it('work hours keep their days sorted and unique, before the times', () => {
    expect(checkWorkHours({ end: '17:00', start: '09:00', days: [5, 1, 1, 8] })).toEqual({
      ok: true,
      value: { days: [1, 5], start: '09:00', end: '17:00' },
    });
  });
});
