import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { armNextNudge, NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import { CHECK_ALARM, handleAlarm } from '@/utils/delivery/handle-alarm';
import { startUp } from '@/utils/delivery/start-up';
import { appendHistory } from '@/utils/history/history';
import { scheduleReach } from '@/utils/schedule/next-nudge-time';
import { DAY, HOUR } from '@/utils/time/local-time';
import { defaultPreferences } from '@/utils/storage/preferences';
import { savePreferences } from '@/utils/storage/preferences-store';
import { nextNudgeAtStorage, snoozedUntilStorage } from '@/utils/storage/storage';

// The schedule never stops, and never sits days beyond what its rules allow.

const noon = new Date(2026, 5, 10, 12, 0).getTime();
const reach = noon + scheduleReach(defaultPreferences);
const armed = async () => (await fakeBrowser.alarms.get(NUDGE_ALARM))?.scheduledTime;

beforeEach(() => {
  Object.assign(fakeBrowser, { idle: { queryState: async () => 'active' } });
  fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
});

describe('times from a clock that was wrong', () => {
  it('a history entry 200 days ahead does not push the next nudge out', async () => {
    await appendHistory({
      at: noon + 200 * DAY,
      id: 'check-in-01',
      category: 'check-in',
      text: 'Ask',
      action: 'shown',
      delivery: 'popup',
    });
    expect(await armNextNudge(noon, true)).toBeLessThanOrEqual(noon + HOUR);
  });

  it.each([
    [
      'a pause set while the clock ran ahead',
      () => savePreferences({ pausedUntil: noon + 200 * DAY }),
    ],
    [
      'a snooze set while the clock ran ahead',
      () => snoozedUntilStorage.setValue(noon + 200 * DAY),
    ],
  ])('%s is not kept', async (_, setUp) => {
    await setUp();
    expect(await armNextNudge(noon, true)).toBeLessThanOrEqual(noon + HOUR);
  });

  it('an alarm kept from then is armed afresh at start-up, one within reach is left alone', async () => {
    await fakeBrowser.alarms.create(NUDGE_ALARM, { when: noon + 200 * DAY });
    await startUp(noon);
    const first = (await armed())!;
    expect(first).toBeLessThanOrEqual(reach);
    await startUp(noon + 1000);
    expect(await armed()).toBe(first);
  });

  it('a stored time from then is not put back when the browser dropped the alarm', async () => {
    await nextNudgeAtStorage.setValue(noon + 200 * DAY);
    await startUp(noon);
    expect(await armed()).toBeLessThanOrEqual(reach);
  });
});

describe('the periodic check', () => {
  it('is created at start-up once, and never pushed forward', async () => {
    await startUp(noon);
    const check = await fakeBrowser.alarms.get(CHECK_ALARM);
    expect(check?.periodInMinutes).toBeGreaterThanOrEqual(30);
    await startUp(noon + 10 * 60_000);
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.scheduledTime).toBe(check?.scheduledTime);
  });

  it('puts back a schedule gone missing, and leaves one that is there', async () => {
    expect(await handleAlarm({ name: CHECK_ALARM, scheduledTime: noon }, noon)).toBe('checked');
    const first = await armed();
    expect(first).toBeGreaterThan(noon);
    await handleAlarm({ name: CHECK_ALARM, scheduledTime: noon + HOUR }, noon + 1000);
    expect(await armed()).toBe(first);
  });
});
