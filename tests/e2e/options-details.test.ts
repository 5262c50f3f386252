/// <reference types="chrome" />
// Issue 18 in real Chromium: at 360 CSS px the file inputs are "Choose a file…" buttons of the
// page's own look; the keyboard (Enter, Space) and a click open the picker, the file's name
// shows beside it and the import works, and nothing scrolls sideways. The counts a day say how
// they differ, and an aim above the limit gets a calm word. With a confirmation asking, axe
// finds nothing, light and dark.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, horizontalOverflow, type Violation } from './support/a11y';
import { launchExtension, type LoadedExtension } from './support/extension';

const PHONE = { width: 360, height: 740 };
/** A long name, as downloads get: it must wrap, not push the page wider. */
const LONG_NAME = 'still-us-backup-2026-12-02-from-the-old-laptop-in-the-nursery.json';

describe('the options page’s details (issue 18)', () => {
  let ext: LoadedExtension;
  let page: Page;
  let backup: Buffer;

  /** Whatever reaches past the right edge, or makes the page scroll sideways. */
  const overflow = async (): Promise<unknown> => {
    const fit = await horizontalOverflow(page);
    return fit.outside.length > 0 || fit.scrollWidth > fit.innerWidth ? fit : null;
  };

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    // Playwright catches file pickers only once something listens: from the start, so a key
    // pressed just as a test begins to wait never opens a real one.
    page.on('filechooser', () => {});
    await page.setViewportSize(PHONE);
    await page.goto(ext.url('options.html#data'));
    await page.getByRole('heading', { level: 2, name: 'Your data' }).waitFor();
    // A real backup to import, from Export.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    backup = await readFile(await download.path());
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('at 360 px the inputs are buttons that fit; Space opens the picker, the file is named and imported', async () => {
    const input = page.getByLabel('Import a backup');
    expect(await input.getAttribute('type')).toBe('file');
    const faces = page.locator('.file-pick label');
    expect(await faces.allTextContents()).toEqual(['Choose a file…', 'Choose a file…']);
    for (const face of await faces.all()) expect(await face.isVisible()).toBe(true);
    expect(await overflow()).toBeNull();

    // Reached from the keyboard: its focus (the input is hidden) shows on its face.
    await input.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('data-import-file');
    expect(
      await page
        .locator('.data-import .file-pick label')
        .evaluate((face) => getComputedStyle(face).outlineStyle),
    ).toBe('solid');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Space'),
    ]);
    await chooser.setFiles({ name: LONG_NAME, mimeType: 'application/json', buffer: backup });
    const preview = page.getByRole('group', { name: 'Backup to import' });
    await preview.waitFor();
    expect(await page.locator('.data-import .file-name').textContent()).toBe(LONG_NAME);
    expect(await overflow()).toBeNull();
    await preview.getByRole('button', { name: 'Add to what’s here' }).click();
    await page.getByText(/^Done\. Everything in the backup was already here\.$|^Done: /).waitFor();
    // Focus is back on the input, for the next file.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('data-import-file');
  });

  it('Enter and a click on its face open the picker too', async () => {
    await page.getByLabel('Import nudges from a file').focus();
    const [byEnter] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Enter'),
    ]);
    expect(await byEnter.element().getAttribute('id')).toBe('custom-import-file');
    const [byClick] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.custom-import .file-pick label').click(),
    ]);
    expect(await byClick.element().getAttribute('id')).toBe('custom-import-file');
  });

  it('the counts a day say how they differ, and 9 against a limit of 6 gets a calm word', async () => {
    await page.goto(ext.url('options.html#nudges'));
    await page
      .getByText(
        'Still Us aims for about the first number. The second is a hard stop it never passes.',
      )
      .waitFor();
    const word = page.locator('.daily-counts [role="status"]');
    await page.getByLabel('Never more than this many a day').fill('6');
    await page.getByLabel('About how many nudges a day').fill('9');
    await word
      .getByText('That’s more than your limit of 6 a day, so you’ll get 6 at most.')
      .waitFor();
    expect(await overflow()).toBeNull();
    await page.getByLabel('About how many nudges a day').fill('5');
    await page.waitForFunction(
      () => document.querySelector('.daily-counts [role="status"]')?.textContent === '',
    );
  });

  it('with "Clear all data" asking (and the counts’ word showing), axe finds nothing, light and dark', async () => {
    await page.getByLabel('About how many nudges a day').fill('9');
    await page.getByText(/more than your limit of 6/).waitFor();
    const found: Record<string, Violation[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('button', { name: 'Clear all data' }).click();
      await page.getByRole('group', { name: /^Clear all data\?/ }).waitFor();
      const violations = await axeViolations(page);
      if (violations.length > 0) found[scheme] = violations;
      // "Keep it" (the safe choice): the question goes, nothing is cleared.
      await page.getByRole('button', { name: 'Keep it' }).click();
      await page.getByRole('button', { name: 'Clear all data' }).waitFor();
    }
    expect(found).toEqual({});
  });
});
