import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchExtension,
  stopWorkers,
  storedHistory,
  waitFor,
  type LoadedExtension,
  toolbarPopupUrl,
} from './support/extension';

// Issue 17: the popup opened by hand with nothing waiting paints an idea in its first frame,
// the idea drawn ahead last time (utils/popup/ready/drop-ready-idea.ts), as a waiting nudge does.

const READY_IDEA_KEY = 'still-us:ready-idea';

/** The idea drawn ahead as this extension's pages see it (localStorage), or null. */
const readyText = (page: Page): Promise<string | null> =>
  page.evaluate((key) => {
    const kept = localStorage.getItem(key);
    return kept && (JSON.parse(decodeURIComponent(kept)) as { text: string }).text;
  }, READY_IDEA_KEY);

/** First contentful paint, and the render time of the nudge text (Element Timing). */
const firstFrame = (page: Page): Promise<{ fcp: number; nudge: number; painted: unknown }> =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          // Element Timing entries (not in TypeScript's DOM types yet).
          const entries = list.getEntries() as (PerformanceEntry & {
            identifier: string;
            renderTime: number;
          })[];
          const nudge = entries.find((e) => e.identifier === 'nudge');
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          if (nudge && fcp)
            resolve({
              fcp: fcp.startTime,
              nudge: nudge.renderTime || nudge.startTime,
              painted: (window as { stillUsPainted?: unknown }).stillUsPainted ?? null,
            });
        }).observe({ type: 'element', buffered: true });
      }),
  );

/** Opens the popup as the toolbar button would now: the URL the worker set. */
async function openByHand(ext: LoadedExtension): Promise<Page> {
  const url = await toolbarPopupUrl(ext.worker);
  const popup = await ext.context.newPage();
  await popup.goto(url);
  await popup.getByTestId('nudge-text').waitFor();
  return popup;
}

const shownCount = async (page: Page): Promise<number> =>
  (await storedHistory(page)).filter((e) => e.action === 'shown').length;

describe('the popup opened by hand', () => {
  let ext: LoadedExtension;
  let hub: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    hub = await ext.context.newPage();
    await hub.goto(ext.url('options.html'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('the first time (nothing drawn ahead yet) draws as it opens, then draws the next idea', async () => {
    expect(await readyText(hub)).toBeNull();
    const popup = await openByHand(ext);
    const frame = await firstFrame(popup);
    expect(frame.painted).toBeNull();
    const ready = await waitFor(() => readyText(hub), 'an idea drawn ahead');
    expect(ready).not.toBe(await popup.getByTestId('nudge-text').innerText());
    // Drawn ahead is not shown: only the nudge on screen is in history.
    expect(await shownCount(hub)).toBe(1);
    await popup.getByRole('button', { name: 'Done' }).click();
    await popup.locator('.thanks').waitFor();
    await waitFor(
      async () => !(await toolbarPopupUrl(ext.worker)).includes('#'),
      'the popup URL to carry no nudge',
    );
    await popup.close();
  });

  it('paints the idea drawn ahead in its first frame, even with the worker stopped', async () => {
    const ready = await readyText(hub);
    await stopWorkers(ext, hub);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
    const frame = await firstFrame(popup);
    expect(frame.painted).toMatchObject({ ready: true, nudge: { text: ready } });
    // The nudge is in the first frame: rendered no later than the first contentful paint.
    expect(frame.nudge).toBeLessThanOrEqual(frame.fcp);
    expect(await popup.getByTestId('nudge-text').innerText()).toBe(ready);
    // Recorded as shown once, now that it was; and the next idea is drawn ahead.
    await waitFor(async () => (await shownCount(hub)) === 2, 'the idea recorded as shown');
    await waitFor(async () => {
      const next = await readyText(hub);
      return next !== null && next !== ready;
    }, 'the next idea drawn ahead');
    // Another popup now shows the same nudge, waiting: nothing recorded twice.
    const second = await ext.context.newPage();
    await second.goto(ext.url('popup.html'));
    await expect.poll(() => second.getByTestId('nudge-text').innerText()).toBe(ready);
    expect(await shownCount(hub)).toBe(2);
    await Promise.all([popup.close(), second.close()]);
  });

  it('drops the idea drawn ahead when preferences change: it may no longer fit', async () => {
    expect(await readyText(hub)).not.toBeNull();
    await hub.evaluate(async () => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      await chrome.storage.sync.set({
        preferences: { ...(preferences as object), partnerName: 'Robin' },
      });
    });
    await waitFor(async () => (await readyText(hub)) === null, 'the idea drawn ahead to go');
  });
});
