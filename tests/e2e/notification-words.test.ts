/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  liveWorker,
  launchExtension,
  NUDGE_ALARM,
  storedHistory,
  waitFor,
  type LoadedExtension,
} from './support/extension';
import { allKindsBut } from './support/labels';
import { clearHistoryInPage } from './support/clear-history';

// Issue 14, item 13, in real Chromium: a notification may show on a locked or shared screen.
// By default a flirty text shows only its kind and the partner's name; with "The words of
// every nudge" it shows the words. What Chromium was asked to show is read in the worker.

interface Shown {
  id: string;
  message: string;
  buttons: string[];
}

/** Records what the worker asks Chromium to show, then fires the nudge alarm. */
async function nudgeAsNotification(ext: LoadedExtension, page: Page): Promise<Shown> {
  const worker = await liveWorker(ext);
  await worker.evaluate(async (alarm) => {
    const scope = globalThis as unknown as { shown?: unknown[]; browser?: typeof chrome };
    scope.shown = [];
    for (const api of new Set([chrome.notifications, scope.browser?.notifications])) {
      if (!api) continue;
      const create = api.create.bind(api) as (...args: unknown[]) => Promise<string>;
      (api as { create: unknown }).create = (
        id: string,
        options: chrome.notifications.NotificationOptions,
      ) => {
        scope.shown!.push({
          id,
          message: options.message,
          buttons: (options.buttons ?? []).map((b) => b.title),
        });
        return create(id, options);
      };
    }
    await chrome.alarms.create(alarm, { when: Date.now() + 50 });
  }, NUDGE_ALARM);
  await waitFor(
    async () => (await storedHistory(page)).some((e) => e.action === 'shown'),
    'the nudge',
  );
  const [shown] = await worker.evaluate(() => (globalThis as unknown as { shown: Shown[] }).shown);
  return shown!;
}

/** No history (so the 30-minute gap allows the next), no notification, no pending nudge. */
async function calm(ext: LoadedExtension, page: Page): Promise<void> {
  const worker = await liveWorker(ext);
  await worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll()))
      await chrome.notifications.clear(id);
    await chrome.storage.local.remove(['pendingNudge']);
  });
  await page.evaluate(clearHistoryInPage);
}

describe('what a notification shows (real Chromium)', () => {
  let ext: LoadedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await page.getByRole('heading', { name: 'Still Us', exact: true }).waitFor();
    const worker = await liveWorker(ext);
    // Only flirty texts, as notifications, at any hour.
    await worker.evaluate(async (kindsOff) => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      await chrome.storage.sync.set({
        preferences: {
          ...(preferences ?? {}),
          quietHours: [],
          kindsOff,
          delivery: 'notification',
          partnerName: 'Sam',
        },
      });
    }, allKindsBut('flirty-text'));
    await page.reload();
    await page.getByRole('heading', { name: 'Still Us', exact: true }).waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('by default, a flirty text shows only its kind, and offers Show it', async () => {
    await expect(
      page.getByRole('radio', { name: /The words, except for flirty texts/ }).isChecked(),
    ).resolves.toBe(true);
    await calm(ext, page);
    const shown = await nudgeAsNotification(ext, page);
    expect(shown.message).toBe('For Sam. Click to see it.');
    expect(shown.id).toMatch(/^still-us-nudge:flirty-text-\d+:\d+:hidden$/);
    expect(shown.buttons).toEqual(['Show it', 'Not now']);
    const open = await (
      await liveWorker(ext)
    ).evaluate(async () => Object.keys(await chrome.notifications.getAll()));
    expect(open).toEqual([shown.id]);
  });

  it('with "The words of every nudge", it shows the message to send', async () => {
    await page.getByRole('radio', { name: /The words of every nudge/ }).check();
    await waitFor(
      () =>
        liveWorker(ext).then((w) =>
          w.evaluate(async () => {
            const { preferences } = await chrome.storage.sync.get('preferences');
            return (preferences as { notificationWords?: string }).notificationWords === 'all';
          }),
        ),
      'the choice, saved',
    );
    await calm(ext, page);
    const shown = await nudgeAsNotification(ext, page);
    const pending = await (
      await liveWorker(ext)
    ).evaluate(async () => {
      const { pendingNudge } = await chrome.storage.local.get('pendingNudge');
      return pendingNudge as { message: string };
    });
    expect(shown.message).toBe(pending.message);
    expect(shown.id).not.toMatch(/:hidden$/);
    expect(shown.buttons).toEqual(['Copy', 'Not now']);
  });
});
