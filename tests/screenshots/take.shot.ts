// `npm run screenshots`: the README's pictures, from the built extension in real Chromium,
// each page in light and in dark (the device's colour scheme, as Chromium emulates it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  fireAlarmSoon,
  launchExtension,
  popupTargets,
  storedHistory,
  waitFor,
  type LoadedExtension,
} from '../e2e/support/extension';

const OUT = 'tests/screenshots';
const LOOKS = ['light', 'dark'] as const;

/** Moves every history entry `ms` into the past, re-keyed as the product keys them by time. */
function ageHistory(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    (by) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('still-us-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('entries')) return resolve();
          const tx = open.result.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          const all = store.getAll();
          const keys = store.getAllKeys();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          keys.onsuccess = () => {
            store.clear();
            (keys.result as [number, number][]).forEach((key, i) => {
              const entry = all.result[i] as { at: number };
              store.put({ ...entry, at: entry.at - by }, [key[0] - by, key[1]]);
            });
          };
        };
      }),
    ms,
  );
}

/** Preferences that make a friendly picture, and let the alarm deliver at any hour. */
async function seed(ext: LoadedExtension, page: Page): Promise<void> {
  await ext.worker.evaluate(() =>
    chrome.storage.sync.set({
      preferences: {
        partnerName: 'Sam',
        perDay: 4,
        maxPerDay: 6,
        quietHours: [],
        kindsOff: ['name-it', 'appreciation', 'touch', 'mental-load', 'tiny-date', 'you-time'],
        delivery: 'popup',
        pausedUntil: null,
      },
    }),
  );
  // A little real history: three nudges delivered by the alarm, each moved an hour back so
  // the next is not refused for coming within 30 minutes of it.
  for (let i = 0; i < 3; i++) {
    await ageHistory(page, 60 * 60_000);
    await ext.worker.evaluate(() => chrome.storage.local.remove(['pendingNudge', 'popupShown']));
    await fireAlarmSoon(ext);
    await waitFor(async () => (await popupTargets(ext, page)).length > 0, 'the popup');
    await page.evaluate(() =>
      chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()),
    );
    await waitFor(async () => (await popupTargets(ext, page)).length === 0, 'the popup to close');
    // The worker records a nudge once it is delivered: wait for it before the next.
    await waitFor(async () => (await storedHistory(page)).length > i, 'the nudge in history');
  }
}

it('takes the popup, options and welcome screenshots, light and dark', async () => {
  const ext = await launchExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await seed(ext, page);
    for (const look of LOOKS) {
      await page.emulateMedia({ colorScheme: look });

      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(ext.url('popup.html'));
      await page.getByRole('button', { name: 'Done' }).waitFor();
      await page.locator('main').screenshot({ path: `${OUT}/popup-${look}.png` });

      await page.setViewportSize({ width: 900, height: 1100 });
      await page.goto(ext.url('options.html'));
      await page.getByTestId('history').locator('li').first().waitFor();
      await page.screenshot({ path: `${OUT}/options-${look}.png`, fullPage: true });
      expect(await page.getByTestId('history').locator('li').count()).toBeGreaterThanOrEqual(3);

      if (!existsSync(join(EXTENSION_DIR, 'welcome.html'))) {
        console.warn('welcome.html is not in the build yet: no welcome screenshots taken.');
        continue;
      }
      await page.setViewportSize({ width: 900, height: 700 });
      await page.goto(ext.url('welcome.html'));
      await page.locator('h2').waitFor();
      await page.screenshot({ path: `${OUT}/welcome-${look}.png`, fullPage: true });
    }
  } finally {
    await ext.close();
  }
});
