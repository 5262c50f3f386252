import { describe, expect, it } from 'vitest';
import { affectsSchedule } from '@/utils/storage/schedule-triggers';
import { defaultPreferences } from '@/utils/storage/preferences';

const prefs = (patch: object) => ({
  preferences: { oldValue: defaultPreferences, newValue: { ...defaultPreferences, ...patch } },
});

describe('affectsSchedule', () => {
  it.each([
    ['how many a day', prefs({ perDay: 2 }), 'sync', true],
    ['quiet hours', prefs({ quietHours: [] }), 'sync', true],
    ['a pause', prefs({ pausedUntil: 1 }), 'sync', true],
    [
      'first preferences (nothing before)',
      { preferences: { newValue: defaultPreferences } },
      'sync',
      true,
    ],
    ['preferences cleared', { preferences: { oldValue: defaultPreferences } }, 'sync', true],
    ['a snooze', { snoozedUntil: { newValue: 5 } }, 'local', true],
    ['the partner name only', prefs({ partnerName: 'Robin' }), 'sync', false],
    ['the theme only', prefs({ theme: 'dark' }), 'sync', false],
    ['the pending nudge', { pendingNudge: { newValue: null } }, 'local', false],
    ['preferences in the wrong area', prefs({ perDay: 2 }), 'local', false],
  ])('%s → %s', (_, changes, area, expected) => {
    expect(affectsSchedule(changes, area)).toBe(expected);
  });
});
