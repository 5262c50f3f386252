import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restOfTodayEnd } from '@/utils/popup/rest-of-today-for-popup';
import { defaultPreferences } from '@/utils/storage/preferences';
import { preferencesStorage, ritualsDoneStorage } from '@/utils/storage/storage';
import { startOfLocalDay } from '@/utils/time/local-time';

const at = (day: number, hours: number, minutes = 0): number =>
  new Date(2026, 5, day, hours, minutes).getTime();
const NIGHT = [{ start: '21:30', end: '07:30' }];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

describe('the rest of today, for this person', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lasts until tomorrow’s quiet hours end when there is no check-in', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, quietHours: NIGHT });
    expect(await restOfTodayEnd(at(10, 15))).toEqual({ until: at(11, 7, 30), checkIn: null });
  });

  it('lasts until the morning all the same, and names tonight’s check-in, which still comes', async () => {
    await preferencesStorage.setValue({
      ...defaultPreferences,
      quietHours: NIGHT,
      checkIn: { time: '20:30', days: EVERY_DAY },
    });
    expect(await restOfTodayEnd(at(10, 15))).toEqual({
      until: at(11, 7, 30),
      checkIn: at(10, 20, 30),
    });
  });

  it('names no check-in once today’s is done', async () => {
    await preferencesStorage.setValue({
      ...defaultPreferences,
      quietHours: NIGHT,
      checkIn: { time: '20:30', days: EVERY_DAY },
    });
    await ritualsDoneStorage.setValue({ 'check-in': startOfLocalDay(at(10, 12)) });
    expect(await restOfTodayEnd(at(10, 15))).toEqual({ until: at(11, 7, 30), checkIn: null });
  });
});
