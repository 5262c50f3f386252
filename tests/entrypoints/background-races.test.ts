import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { HOLD_ALARM, NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import { whenIdle } from '@/utils/delivery/one-at-a-time';
import { appendHistory, readHistory } from '@/utils/history/history';
import { HOUR, MINUTE } from '@/utils/time/local-time';
import { savePreferences } from '@/utils/storage/preferences-store';
import { heldNudgeStorage, nextNudgeAtStorage } from '@/utils/storage/storage';

// Events that race in a real browser: alarms due together after sleep or at a start, an
// alarm dispatched twice, a settings change while a nudge is being delivered.

const noon = new Date(2026, 5, 10, 12, 0).getTime();
const shown = async () => (await readHistory()).filter((e) => e.action === 'shown');
const trigger = (name: string, scheduledTime: number) =>
  fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime, persistAcrossSessions: true });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noon);
  Object.assign(fakeBrowser, { idle: { queryState: async () => 'active' } });
  fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
  background.main();
});

describe('events that race', () => {
  it('both alarms due at once (a settled held nudge and the regular one): one nudge', async () => {
    // Held an hour ago, back and clear for a while: the next look delivers it.
    await heldNudgeStorage.setValue({
      since: noon - HOUR,
      reason: 'away',
      clearSince: noon - MINUTE,
    });
    await nextNudgeAtStorage.setValue(noon - 30 * MINUTE);
    await Promise.all([trigger(HOLD_ALARM, noon - 1000), trigger(NUDGE_ALARM, noon - 2000)]);
    await whenIdle();
    expect(await shown()).toHaveLength(1);
    expect(fakeBrowser.action.openPopup).toHaveBeenCalledOnce();
  });

  it('the browser start while a nudge is held arms no regular alarm beside its look', async () => {
    await heldNudgeStorage.setValue({
      since: noon - 10 * MINUTE,
      reason: 'away',
      clearSince: null,
    });
    await nextNudgeAtStorage.setValue(noon - 10 * MINUTE);
    await fakeBrowser.runtime.onStartup.trigger();
    await whenIdle();
    expect(await fakeBrowser.alarms.get(NUDGE_ALARM)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(HOLD_ALARM)).toBeDefined();
  });

  it('one alarm dispatched twice at once: one nudge, counted once', async () => {
    await Promise.all([trigger(NUDGE_ALARM, noon), trigger(NUDGE_ALARM, noon)]);
    await whenIdle();
    expect(await shown()).toHaveLength(1);
  });

  it('a forced re-arm during a delivery does not pass the cap', async () => {
    await savePreferences({ maxPerDay: 2, perDay: 12 });
    await whenIdle();
    await appendHistory({
      at: noon - 2 * HOUR,
      id: 'check-in-01',
      category: 'check-in',
      text: 'Ask',
      action: 'shown',
      delivery: 'popup',
    });
    // While the popup opens, a setting changes (another device, the options page).
    fakeBrowser.action.openPopup = vi.fn(async () => {
      void savePreferences({ flirty: 'off' });
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await trigger(NUDGE_ALARM, noon);
    await whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await whenIdle();
    expect(await shown()).toHaveLength(2);
    // The day is at its cap: the next one is tomorrow, whoever armed it last.
    const next = (await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime;
    expect(new Date(next).getDate()).toBe(11);
  });
});
