import { describe, expect, it } from 'vitest';
import { affectsSchedule, scheduleItems } from '@/utils/storage/schedule-triggers';
import { defaultPreferences } from '@/utils/storage/preferences';
import { storedItems } from '@/utils/storage/stored-items';
import type { StoredItem } from '@/utils/storage/stored-item';

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
    ['how are you today', { energy: { newValue: { level: 'rough', day: 0 } } }, 'local', true],
    ['the partner name only', prefs({ partnerName: 'Robin' }), 'sync', false],
    ['the theme only', prefs({ theme: 'dark' }), 'sync', false],
    ['the language of messages only', prefs({ messageLanguage: 'de' }), 'sync', false],
    ['the pending nudge', { pendingNudge: { newValue: null } }, 'local', false],
    ['preferences in the wrong area', prefs({ perDay: 2 }), 'local', false],
  ])('%s → %s', (_, changes, area, expected) => {
    expect(affectsSchedule(changes, area)).toBe(expected);
  });
});

/** Every stored item as `[key, area, name]`. */
const everyItem = Object.values(storedItems).flatMap((group) =>
  Object.values(group).map(({ key }: StoredItem<unknown>) => [key, ...key.split(':')]),
);

describe('scheduleItems, from the items’ `rearms`', () => {
  it('are preferences (but for how things read and look), a snooze and today’s answer', () => {
    expect(scheduleItems.map(({ key, rearms }) => [key, rearms])).toEqual([
      ['sync:preferences', { except: ['partnerName', 'theme', 'messageLanguage'] }],
      ['local:snoozedUntil', true],
      ['local:energy', true],
    ]);
  });

  it('are every item with `rearms`', () => {
    const withRearms = Object.values(storedItems)
      .flatMap((group): StoredItem<unknown>[] => Object.values(group))
      .filter((item) => item.rearms);
    expect(withRearms.map(({ key }) => key).sort()).toEqual(
      scheduleItems.map(({ key }) => key).sort(),
    );
  });

  it.each(everyItem)('a new value of %s re-arms only if it is one of them', (key, area, name) => {
    const rearms = scheduleItems.some((item) => item.key === key);
    expect(affectsSchedule({ [name!]: { newValue: 1 } }, area!)).toBe(rearms);
  });
});
