import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import { NUDGE_NOTIFICATION } from '@/utils/delivery/deliver-nudge';
import { CHECK_ALARM } from '@/utils/delivery/handle-alarm';
import { whenIdle } from '@/utils/delivery/one-at-a-time';
import { nudgeNotificationId } from '@/utils/delivery/nudge-notification';
import { readHistory } from '@/utils/history/history';
import { HOUR } from '@/utils/time/local-time';
import { nudgeFromHash } from '@/utils/popup/popup-url';
import { savePreferences } from '@/utils/storage/preferences-store';
import { pendingNudgeStorage, preferencesStorage } from '@/utils/storage/storage';
import { defaultPreferences } from '@/utils/storage/preferences';
import type { PendingNudge } from '@/utils/library/shown-nudge';

const noon = new Date(2026, 5, 10, 12, 0).getTime();
const night = new Date(2026, 5, 10, 23, 0).getTime();

const alarm = (scheduledTime: number) => ({
  name: NUDGE_ALARM,
  scheduledTime,
  persistAcrossSessions: true,
});

async function fire(now: number): Promise<void> {
  vi.setSystemTime(now);
  await fakeBrowser.alarms.onAlarm.trigger(alarm(now));
}

describe('background', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(noon);
    background.main();
  });

  it('arms the first nudge on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const alarm = await fakeBrowser.alarms.get(NUDGE_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(noon);
    expect(alarm!.scheduledTime - noon).toBeLessThanOrEqual(30 * 60_000);
  });

  it('leaves an armed alarm alone on startup, so it is never pushed forward', async () => {
    await fakeBrowser.alarms.create(NUDGE_ALARM, { when: noon + 2 * HOUR });
    vi.setSystemTime(noon + HOUR);
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))?.scheduledTime).toBe(noon + 2 * HOUR);
  });

  it('re-arms on startup when the alarm is gone (Firefox drops them on restart)', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await fakeBrowser.alarms.get(NUDGE_ALARM)).toBeDefined();
  });

  it('puts a dropped alarm back at the same time (Chrome on update, Firefox on restart)', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const armed = (await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime;
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(noon + 5 * 60_000);
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))?.scheduledTime).toBe(armed);
  });

  it('a nudge missed while the browser was closed comes once, a minute after start', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.alarms.clearAll();
    const later = noon + 3 * HOUR;
    vi.setSystemTime(later);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    // Beside the periodic check (start-up.ts), just the one catch-up.
    const alarms = (await fakeBrowser.alarms.getAll()).filter((a) => a.name !== CHECK_ALARM);
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([[NUDGE_ALARM, later + 60_000]]);
  });

  it('points the popup at the waiting nudge again on startup', async () => {
    const pending: PendingNudge = {
      id: 'check-in-x',
      category: 'check-in',
      text: 'Ask',
      shownAt: noon,
      delivery: 'popup',
    };
    await pendingNudgeStorage.setValue(pending);
    await fakeBrowser.runtime.onStartup.trigger();
    const url = new URL(await fakeBrowser.action.getPopup({}));
    expect(url.pathname).toBe('/popup.html');
    expect(nudgeFromHash(url.hash, noon)).toEqual(pending);
  });

  it('in quiet hours shows nothing and arms the morning', async () => {
    const openPopup = vi.fn().mockResolvedValue(undefined);
    fakeBrowser.action.openPopup = openPopup;
    await fire(night);
    expect(openPopup).not.toHaveBeenCalled();
    expect(await readHistory()).toEqual([]);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
    const next = new Date((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime);
    expect([next.getDate(), next.getHours()]).toEqual([11, 7]);
  });

  it('when allowed, stores the nudge, records it, asks for the popup and arms the next', async () => {
    const openPopup = vi.fn().mockResolvedValue(undefined);
    fakeBrowser.action.openPopup = openPopup;
    await savePreferences({ partnerName: 'Sam' });
    await fire(noon);
    expect(openPopup).toHaveBeenCalledOnce();
    const pending = await pendingNudgeStorage.getValue();
    expect(pending?.shownAt).toBe(noon);
    expect(pending?.text).not.toContain('{partner}');
    // The popup can paint it from its own URL, before any storage read.
    const url = new URL(await fakeBrowser.action.getPopup({}));
    expect(nudgeFromHash(url.hash, noon)).toEqual(pending);
    const [entry] = await readHistory();
    expect(entry).toMatchObject({
      at: noon,
      id: pending!.id,
      action: 'shown',
      delivery: 'popup',
    });
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime).toBeGreaterThan(noon);
  });

  it('falls back to a notification and a badge when the popup is refused', async () => {
    fakeBrowser.action.openPopup = vi.fn().mockRejectedValue(new Error('no focused window'));
    await fire(noon);
    const pending = (await pendingNudgeStorage.getValue())!;
    // A flirty text's words are kept back by default: its notification's id says so.
    const hidden = pending.category === 'flirty-text';
    const shown = nudgeNotificationId({ id: pending.id, shownAt: noon }, hidden);
    expect(fakeBrowser.notifications.getAllCreateOptions()[shown]).toMatchObject({
      type: 'basic',
      title: expect.stringContaining('Still Us'),
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('♥');
    expect((await readHistory())[0]?.delivery).toBe('notification');
  });

  it('a retried alarm shows one nudge, not two', async () => {
    fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
    await fire(noon);
    await fakeBrowser.alarms.onAlarm.trigger(alarm(noon));
    expect(await readHistory()).toHaveLength(1);
  });

  it('while paused shows nothing, and resumes after the pause', async () => {
    fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
    await savePreferences({ pausedUntil: noon + HOUR });
    await fire(noon);
    expect(await readHistory()).toEqual([]);
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime).toBeGreaterThanOrEqual(
      noon + HOUR,
    );
  });

  it('re-arms at once when preferences change', async () => {
    await fakeBrowser.alarms.create(NUDGE_ALARM, { when: noon + 10 * HOUR });
    await preferencesStorage.setValue({ ...defaultPreferences, pausedUntil: noon + 20 * HOUR });
    await whenIdle(); // storage.onChanged is not awaited (a handler's own write lands there)
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime).toBeGreaterThanOrEqual(
      noon + 20 * HOUR,
    );
  });

  it('a notification click opens the nudge in a small window', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger(NUDGE_NOTIFICATION);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: expect.stringContaining('popup.html') }),
    );
  });
});
