import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Tabs, Windows } from 'webextension-polyfill';
import { NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import { HOLD_CHECK_EVERY, HOLD_EXPIRES_AFTER } from '@/utils/schedule/hold-rules';
import { handleAlarm, HOLD_ALARM } from '@/utils/delivery/handle-alarm';
import { readHistory } from '@/utils/history/history';
import { HOUR, MINUTE } from '@/utils/time/local-time';
import { savePreferences } from '@/utils/storage/preferences-store';
import { heldNudgeStorage, pendingNudgeStorage } from '@/utils/storage/storage';

const noon = new Date(2026, 5, 10, 12, 0).getTime();
type IdleState = 'active' | 'idle' | 'locked';

/** The moment as the browser would report it; each test changes what it needs. */
const moment = {
  idle: 'active' as IdleState,
  state: 'normal' as Windows.WindowState,
  tab: { url: 'https://example.com/', audible: false } as Partial<Tabs.Tab>,
};

let alarmsFired = 0;
/** Fires `name` at `now` the way the browser would (each firing has its own scheduled time). */
const fire = (name: string, now: number) =>
  handleAlarm({ name, scheduledTime: now + ++alarmsFired / 1000 }, now);
const shown = async () => (await readHistory()).filter((e) => e.action === 'shown');

beforeEach(() => {
  Object.assign(moment, { idle: 'active', state: 'normal', tab: { url: 'https://example.com/' } });
  // fakeBrowser has no idle API; windows and tabs answer from `moment`.
  Object.assign(fakeBrowser, { idle: { queryState: async () => moment.idle } });
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockImplementation(
    async () => ({ state: moment.state }) as Windows.Window,
  );
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [moment.tab as Tabs.Tab]);
  fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
});

describe('a nudge due while the person is away', () => {
  it('waits, then comes once, a little after they are back', async () => {
    moment.idle = 'locked';
    expect(await fire(NUDGE_ALARM, noon)).toBe('waiting');
    expect(await shown()).toEqual([]);
    expect(await heldNudgeStorage.getValue()).toEqual({
      since: noon,
      reason: 'away',
      clearSince: null,
    });
    expect((await fakeBrowser.alarms.get(HOLD_ALARM))?.scheduledTime).toBe(noon + HOLD_CHECK_EVERY);
    expect(await fakeBrowser.alarms.get(NUDGE_ALARM)).toBeUndefined();

    expect(await fire(HOLD_ALARM, noon + 10 * MINUTE)).toBe('waiting'); // still away
    moment.idle = 'active';
    expect(await fire(HOLD_ALARM, noon + 11 * MINUTE)).toBe('waiting'); // just back: settle
    expect(await shown()).toEqual([]);
    expect(await fire(HOLD_ALARM, noon + 12 * MINUTE)).toBe('shown');

    const history = await shown();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ at: noon + 12 * MINUTE, delivery: 'popup' });
    expect(await heldNudgeStorage.getValue()).toBeNull();
    expect(await fakeBrowser.alarms.get(HOLD_ALARM)).toBeUndefined();
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime).toBeGreaterThan(
      noon + 12 * MINUTE,
    );
  });

  it('never piles up: nudges due meanwhile fold into the one held', async () => {
    moment.idle = 'idle';
    await fire(NUDGE_ALARM, noon);
    await fire(NUDGE_ALARM, noon + 40 * MINUTE); // re-armed by a settings change, say
    await fire(NUDGE_ALARM, noon + 80 * MINUTE);
    expect((await heldNudgeStorage.getValue())?.since).toBe(noon);
    moment.idle = 'active';
    await fire(HOLD_ALARM, noon + 81 * MINUTE);
    await fire(HOLD_ALARM, noon + 82 * MINUTE);
    await fire(HOLD_ALARM, noon + 83 * MINUTE); // a stray look after delivery
    expect(await shown()).toHaveLength(1);
  });

  it('expires after two hours: the moment has passed, the next one is armed', async () => {
    moment.idle = 'locked';
    await fire(NUDGE_ALARM, noon);
    expect(await fire(HOLD_ALARM, noon + HOLD_EXPIRES_AFTER)).toBe('expired');
    expect(await shown()).toEqual([]);
    expect(await heldNudgeStorage.getValue()).toBeNull();
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime).toBeGreaterThan(
      noon + HOLD_EXPIRES_AFTER,
    );
  });

  it('is dropped when quiet hours begin meanwhile, and nothing comes in them', async () => {
    await savePreferences({ quietHours: [{ start: '12:30', end: '14:00' }] });
    moment.idle = 'idle';
    await fire(NUDGE_ALARM, noon);
    moment.idle = 'active';
    expect(await fire(HOLD_ALARM, noon + 31 * MINUTE)).toBe('not-allowed');
    expect(await heldNudgeStorage.getValue()).toBeNull();
    expect(await shown()).toEqual([]);
    const next = (await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime;
    expect(next).toBeGreaterThanOrEqual(noon + 2 * HOUR);
  });
});

describe('fullscreen and calls', () => {
  it('waits out a fullscreen window', async () => {
    moment.state = 'fullscreen';
    expect(await fire(NUDGE_ALARM, noon)).toBe('waiting');
    expect((await heldNudgeStorage.getValue())?.reason).toBe('fullscreen');
    expect(await fire(HOLD_ALARM, noon + MINUTE)).toBe('waiting');
    moment.state = 'maximized';
    await fire(HOLD_ALARM, noon + 2 * MINUTE);
    expect(await fire(HOLD_ALARM, noon + 3 * MINUTE)).toBe('shown');
  });

  it('waits for a call to end only when asked to', async () => {
    moment.tab = { url: 'https://meet.google.com/abc-defg-hij', audible: true };
    expect(await fire(NUDGE_ALARM, noon)).toBe('shown'); // off by default
    await savePreferences({ waitDuringCalls: true });
    expect(await fire(NUDGE_ALARM, noon + HOUR)).toBe('waiting');
    expect((await heldNudgeStorage.getValue())?.reason).toBe('call');
  });

  it('treats a missing idle API as "here" rather than holding for ever', async () => {
    Object.assign(fakeBrowser, { idle: undefined });
    expect(await fire(NUDGE_ALARM, noon)).toBe('shown');
  });
});

describe('catching up', () => {
  it('after sleep, a missed alarm shows one nudge, and only if it is allowed now', async () => {
    // Due at 9:00, the laptop slept until 15:00: the browser fires it once, late.
    const nine = noon - 3 * HOUR;
    const three = noon + 3 * HOUR;
    expect(await handleAlarm({ name: NUDGE_ALARM, scheduledTime: nine }, three)).toBe('shown');
    expect(await handleAlarm({ name: NUDGE_ALARM, scheduledTime: nine }, three)).toBe('duplicate');
    expect(await shown()).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))!.scheduledTime).toBeGreaterThanOrEqual(
      three + 30 * MINUTE,
    );
  });

  it('a missed alarm that lands in quiet hours shows nothing', async () => {
    const late = new Date(2026, 5, 10, 23, 30).getTime();
    expect(await handleAlarm({ name: NUDGE_ALARM, scheduledTime: noon }, late)).toBe('not-allowed');
    expect(await shown()).toEqual([]);
    expect(await pendingNudgeStorage.getValue()).toBeNull();
  });

  it('a look at a held nudge that is gone does nothing', async () => {
    expect(await fire(HOLD_ALARM, noon)).toBe('ignored');
    expect(await shown()).toEqual([]);
  });
});
