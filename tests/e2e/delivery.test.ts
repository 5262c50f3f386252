/// <reference types="chrome" />
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  getAlarm,
  launchExtension,
  liveWorker,
  NUDGE_ALARM,
  popupTargets,
  stopWorkers,
  storedHistory,
  waitFor,
  type LoadedExtension,
  toolbarPopupUrl,
} from './support/extension';

const HOLD_ALARM = 'held-nudge';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shownCount = async (page: Page) =>
  (await storedHistory(page)).filter((e) => e.action === 'shown').length;

/** Sets `name` to fire `inMs` from now, from the worker running now. */
async function fireIn(ext: LoadedExtension, name: string, inMs: number): Promise<void> {
  const worker = await liveWorker(ext);
  await worker.evaluate(([n, ms]) => chrome.alarms.create(n, { when: Date.now() + ms }), [
    name,
    inMs,
  ] as const);
}

async function openOptions(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  await page.getByRole('heading', { name: 'Still Us', exact: true }).waitFor();
  await page.bringToFront();
  return page;
}

/**
 * Runs `change` (a preference change) and waits until the worker has re-armed for it, so
 * that re-arm cannot replace an alarm the test sets next.
 */
async function andRearmed(ext: LoadedExtension, change: () => Promise<void>): Promise<void> {
  const before = (await getAlarm(ext))?.scheduledTime;
  await change();
  await waitFor(async () => (await getAlarm(ext))?.scheduledTime !== before, 'the re-arm');
}

/** No quiet hours, whatever the clock says when the tests run (the default covers the night). */
async function noQuietHours(ext: LoadedExtension): Promise<void> {
  await waitFor(() => getAlarm(ext), 'the first alarm, armed on install');
  const worker = await liveWorker(ext);
  await andRearmed(ext, () =>
    worker.evaluate(async () => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      await chrome.storage.sync.set({ preferences: { ...(preferences ?? {}), quietHours: [] } });
    }),
  );
}

/** Everything the extension keeps in extension storage, as the worker reads it. */
async function storedState(ext: LoadedExtension) {
  const worker = await liveWorker(ext);
  return worker.evaluate(async () => ({
    sync: await chrome.storage.sync.get(null),
    local: await chrome.storage.local.get(null),
  }));
}

describe('never lost, never doubled (real Chromium)', () => {
  let ext: LoadedExtension | undefined;
  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });

  it('a browser restart keeps settings, history, the waiting nudge, the bag and the alarm', async () => {
    ext = await launchExtension();
    await noQuietHours(ext);
    const options = await openOptions(ext);
    await andRearmed(ext, async () => {
      await options.getByLabel('Your partner’s name').fill('Robin');
      await options.getByLabel('Your partner’s name').blur();
    });
    await fireIn(ext, NUDGE_ALARM, 100);
    await waitFor(async () => (await shownCount(options)) === 1, 'the nudge to be shown');
    // The handler arms the next nudge after it records this one: let it, so that the pause's
    // re-arm is the last (caught on a loaded machine: the handler's alarm was taken for it).
    await waitFor(
      async () => ((await getAlarm(ext!))?.scheduledTime ?? 0) > Date.now() + 29 * 60_000,
      'the next nudge armed after this one',
    );
    await andRearmed(ext, () => options.getByRole('button', { name: 'Pause for an hour' }).click());
    const before = await waitFor(async () => {
      const state = await storedState(ext!);
      const prefs = state.sync.preferences as { partnerName?: string; pausedUntil?: number };
      return prefs?.partnerName === 'Robin' && prefs.pausedUntil ? state : null;
    }, 'the name and the pause to be saved');
    const alarm = await waitFor(async () => {
      const armed = await getAlarm(ext!);
      const paused = (before.sync.preferences as { pausedUntil: number }).pausedUntil;
      return armed && armed.scheduledTime >= paused ? armed : null;
    }, 'the alarm re-armed after the pause');
    expect(before.local.pendingNudge).toBeTruthy();
    expect(before.local.nudgeBag).toBeTruthy();

    await ext.quit();
    ext = await launchExtension(ext.profile);

    const after = await storedState(ext);
    expect(after.sync).toEqual(before.sync);
    for (const key of ['pendingNudge', 'nudgeBag', 'lastHandledAlarm'])
      expect(after.local[key]).toEqual(before.local[key]);
    // Re-armed idempotently on startup (queued behind nothing, but it reads settings first): the
    // same alarm, not pushed forward.
    const rearmed = await waitFor(() => getAlarm(ext!), 'the alarm put back after the restart');
    expect(rearmed).toEqual(expect.objectContaining(alarm));
    const reopened = await openOptions(ext);
    expect(await shownCount(reopened)).toBe(1);
    await expect.poll(() => reopened.getByLabel('Your partner’s name').inputValue()).toBe('Robin');
    // The toolbar popup still opens on the nudge that was waiting.
    const worker = await liveWorker(ext);
    const popup = await toolbarPopupUrl(worker);
    expect(decodeURIComponent(popup)).toContain((before.local.pendingNudge as { id: string }).id);
  });

  it('a worker stopped just before the alarm is due still shows the nudge, exactly once', async () => {
    ext = await launchExtension();
    await noQuietHours(ext);
    const page = await openOptions(ext);
    await fireIn(ext, NUDGE_ALARM, 1500);
    await stopWorkers(ext, page);
    await waitFor(async () => (await shownCount(page)) > 0, 'the nudge after the worker woke');
    await waitFor(async () => (await popupTargets(ext!, page)).length > 0, 'the popup');
    // Give any second delivery (a retried event, a racing start-up) time to happen.
    await sleep(3000);
    expect(await shownCount(page)).toBe(1);
    expect(await popupTargets(ext, page)).toHaveLength(1);
  });

  it('a fullscreen window holds the nudge; it comes after leaving fullscreen', async () => {
    ext = await launchExtension();
    await noQuietHours(ext);
    const page = await openOptions(ext);
    const cdp = await ext.context.newCDPSession(page);
    const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'fullscreen' } });

    await fireIn(ext, NUDGE_ALARM, 100);
    const held = await waitFor(
      async () => (await storedState(ext!)).local.heldNudge as { reason: string } | undefined,
      'the nudge to be held',
    );
    expect(held.reason).toBe('fullscreen');
    expect(await shownCount(page)).toBe(0);
    // Still fullscreen at the next look: it keeps waiting.
    await fireIn(ext, HOLD_ALARM, 100);
    await sleep(1000);
    expect(await shownCount(page)).toBe(0);
    expect(await popupTargets(ext, page)).toHaveLength(0);

    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
    await fireIn(ext, HOLD_ALARM, 100); // the first clear look notes the time…
    await waitFor(async () => {
      const local = (await storedState(ext!)).local;
      return (local.heldNudge as { clearSince: number | null } | undefined)?.clearSince;
    }, 'the clear moment to be noted');
    // …and the nudge comes once the moment has stayed clear (45 s, moved back here).
    const worker = await liveWorker(ext);
    await worker.evaluate(async () => {
      const { heldNudge } = await chrome.storage.local.get('heldNudge');
      const clearSince = Date.now() - 60_000;
      await chrome.storage.local.set({ heldNudge: { ...(heldNudge as object), clearSince } });
    });
    await fireIn(ext, HOLD_ALARM, 100);
    await waitFor(async () => (await shownCount(page)) === 1, 'the held nudge to be shown');
    await waitFor(async () => (await popupTargets(ext!, page)).length === 1, 'the popup');
    expect((await storedState(ext)).local.heldNudge ?? null).toBeNull();
    await cdp.detach();
  });
});
