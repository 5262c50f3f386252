import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, waitFor, type LoadedExtension } from './support/extension';

// Issue 14, item 14, in real Chromium: the call-site permission follows the stored option,
// however it changes. Headless Chromium cannot answer the permission prompt (the request
// stays pending; chrome://extensions' developerPrivate.addHostPermission does not grant
// optional hosts), so the grant is written where Chromium keeps it, the profile's
// Preferences, with the browser closed: what the person's "Allow" leaves behind.

const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  optional_host_permissions: string[];
};
const origins = manifest.optional_host_permissions;

const granted = (page: Page): Promise<boolean> =>
  page.evaluate((o) => chrome.permissions.contains({ origins: o }), origins);

/** Writes the option into storage.sync, as a change from another device arrives. */
const storeOption = (page: Page, on: boolean): Promise<void> =>
  page.evaluate(async (waitDuringCalls) => {
    const { preferences } = await chrome.storage.sync.get('preferences');
    await chrome.storage.sync.set({ preferences: { ...(preferences ?? {}), waitDuringCalls } });
  }, on);

const box = (page: Page) =>
  page.getByRole('checkbox', { name: /Wait while I’m on a call or watching something/ });
const NOT_HERE = /On this device Still Us can tell a call only by its sound/;

describe('The call-site permission in real Chromium', () => {
  let ext: LoadedExtension;
  let page: Page;

  /** Quits, grants the call sites in the profile, starts the browser again on it. */
  async function grantAndRestart(): Promise<void> {
    await ext.quit();
    const file = join(ext.profile, 'Default', 'Preferences');
    const prefs = JSON.parse(await readFile(file, 'utf8')) as {
      extensions: { settings: Record<string, Record<string, { explicit_host: string[] }>> };
    };
    const settings = prefs.extensions.settings[ext.id]!;
    for (const kind of ['active_permissions', 'granted_permissions']) {
      settings[kind]!.explicit_host = [...origins];
    }
    await writeFile(file, JSON.stringify(prefs));
    ext = await launchExtension(ext.profile);
    page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await box(page).waitFor();
  }

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await storeOption(page, true);
    await grantAndRestart();
  });
  afterAll(() => ext?.close());

  it('stays while the option is on: start-up keeps it, the page has nothing to warn of', async () => {
    expect(await granted(page)).toBe(true);
    expect(await box(page).isChecked()).toBe(true);
    expect(await page.getByText(NOT_HERE).count()).toBe(0);
  });

  it('goes when another device turns the option off; the open page follows', async () => {
    await storeOption(page, false);
    await waitFor(async () => !(await granted(page)), 'the worker to give the sites back');
    await waitFor(async () => !(await box(page).isChecked()), 'the box to turn off');
  });

  it('on again by sync, but not allowed on this device: the page says so and offers to ask', async () => {
    await storeOption(page, true);
    await page.getByText(NOT_HERE).waitFor();
    expect(await box(page).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Allow call sites' }).waitFor();
  });

  it('goes after Clear all data', async () => {
    await grantAndRestart();
    expect(await granted(page)).toBe(true);
    await page.getByRole('button', { name: 'Clear all data' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await page.getByText('All cleared. Still Us starts fresh, with its usual settings.').waitFor();
    await waitFor(async () => !(await granted(page)), 'the worker to give the sites back');
  });

  it('goes at start-up when the stored option is off (the grant outlived it)', async () => {
    await grantAndRestart();
    await waitFor(async () => !(await granted(page)), 'start-up to give the sites back');
  });
});
