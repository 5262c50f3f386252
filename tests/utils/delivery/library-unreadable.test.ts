import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import type { handleAlarm as HandleAlarm } from '@/utils/delivery/handle-alarm';
import { RITUAL_ALARM } from '@/utils/delivery/rituals';
import { readHistory } from '@/utils/history/history';
import { LIBRARY_PATH } from '@/utils/library/load-library';
import { nextNudgeAtStorage, preferencesStorage } from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';

// The library is a file the worker reads (library.json). Should that read fail, the schedule
// must not stop: a next alarm is armed, and the next alarm reads the file again.

const noon = new Date(2026, 5, 10, 12, 0).getTime();
const libraryFetches = (spy: MockInstance<typeof fetch>): number =>
  spy.mock.calls.filter(([url]) => String(url).endsWith(LIBRARY_PATH)).length;

// A worker that has not read the library yet (it keeps it once read): handle-alarm.ts and
// what it imports, afresh; the storage and browser fakes are shared with the imports above.
let handleAlarm: typeof HandleAlarm;
beforeEach(async () => {
  vi.resetModules();
  ({ handleAlarm } = await import('@/utils/delivery/handle-alarm'));
  Object.assign(fakeBrowser, { idle: { queryState: async () => 'active' } });
  fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
});
afterEach(() => vi.restoreAllMocks());

it('arms the next nudge when library.json cannot be read, and reads it again next time', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('no file'));
  await nextNudgeAtStorage.setValue(noon);
  expect(await handleAlarm({ name: NUDGE_ALARM, scheduledTime: noon }, noon)).toBe('failed');
  const armed = await fakeBrowser.alarms.get(NUDGE_ALARM);
  expect(armed?.scheduledTime).toBeGreaterThan(noon);
  expect(await readHistory()).toEqual([]);

  const later = armed!.scheduledTime;
  expect(await handleAlarm({ name: NUDGE_ALARM, scheduledTime: later }, later)).toBe('shown');
  expect(libraryFetches(fetch)).toBe(2);
  expect((await fakeBrowser.alarms.get(NUDGE_ALARM))?.scheduledTime).toBeGreaterThan(later);
});

it('arms the next ritual when library.json cannot be read for its question', async () => {
  vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('no file'));
  const checkIn = { days: [0, 1, 2, 3, 4, 5, 6], time: '12:00' };
  await preferencesStorage.setValue({ ...defaultPreferences, checkIn });
  expect(await handleAlarm({ name: RITUAL_ALARM, scheduledTime: noon }, noon)).toBe('shown');
  expect(await readHistory()).toEqual([]);
  const next = await fakeBrowser.alarms.get(RITUAL_ALARM);
  expect(next?.scheduledTime).toBe(new Date(2026, 5, 11, 12, 0).getTime());
});
