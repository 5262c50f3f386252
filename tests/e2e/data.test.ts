import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/a11y';
import {
  getAlarm,
  launchExtension,
  storedHistory,
  waitFor,
  type LoadedExtension,
} from './support/extension';

const MINE = 'Leave a note in the nappy bag: “you’re my favourite”.';

type Entry = { at: number; action: string; id: string };
const byTime = (entries: Entry[]): Entry[] =>
  [...entries].sort((a, b) => a.at - b.at || a.action.localeCompare(b.action));

/** What storage holds of record, read in the extension page. */
function storedRecord(page: Page) {
  return page.evaluate(async () => ({
    preferences: (await chrome.storage.sync.get('preferences')).preferences as
      { partnerName: string; perDay: number } | undefined,
    customNudges: (await chrome.storage.local.get('customNudges')).customNudges as
      { text: string }[] | undefined,
  }));
}

describe('Your data in real Chromium: export, clear all, import', () => {
  let ext: LoadedExtension;
  let options: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByRole('heading', { name: 'Your data' }).waitFor();

    // Some of everything: a name, a number, an own nudge, and history from the popup.
    await options.getByLabel('Your partner’s name').fill('Robin');
    // One setting at a time: two saves a few ms apart can each write over the other.
    await waitFor(
      async () => (await storedRecord(options)).preferences?.partnerName === 'Robin',
      'the name to save',
    );
    await options.getByLabel('About how many nudges a day').fill('7');
    await options.getByLabel('About how many nudges a day').blur();
    await options.getByLabel('Kind of nudge').first().selectOption({ label: 'Tiny date' });
    await options.getByLabel('What it says').first().fill(MINE);
    await options.getByRole('button', { name: 'Add nudge' }).click();
    await options.getByText(MINE).waitFor();
    const popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
    await popup.getByTestId('nudge-text').waitFor();
    await popup.getByRole('button', { name: 'Done' }).click();
    await popup.close();
    await waitFor(async () => (await storedHistory(options)).length >= 2, 'history entries');
    await waitFor(async () => {
      const { preferences } = await storedRecord(options);
      return preferences?.partnerName === 'Robin' && preferences.perDay === 7;
    }, 'the preferences to save');
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('gives back history and preferences after export, clear all and import', async () => {
    const historyBefore = byTime((await storedHistory(options)) as Entry[]);
    const recordBefore = await storedRecord(options);

    // Export: a real download of a dated JSON file.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^still-us-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      version: number;
      history: unknown[];
      preferences: { partnerName: string };
    };
    expect(file.version).toBe(1);
    expect(file.history).toHaveLength(historyBefore.length);
    expect(file.preferences.partnerName).toBe('Robin');
    await options.getByRole('status').filter({ hasText: 'Saved everything to' }).waitFor();

    // Clear all data, confirmed.
    const armedBefore = await getAlarm(ext);
    await options.getByRole('button', { name: 'Clear all data' }).click();
    const question = options.getByRole('group', { name: /^Clear all data\?/ });
    await expect(question.textContent()).resolves.toContain('1 own nudge');
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Yes, clear everything' }).click();
    await options
      .getByText('All cleared. Still Us starts fresh, with its usual settings.')
      .waitFor();
    expect(await storedHistory(options)).toEqual([]);
    expect(await storedRecord(options)).toEqual({
      preferences: undefined,
      customNudges: undefined,
    });
    expect(await options.getByLabel('Your partner’s name').inputValue()).toBe('');
    // The worker re-armed for the usual settings (a fresh time, not the old alarm).
    await waitFor(async () => {
      const alarm = await getAlarm(ext);
      return alarm !== null && alarm.scheduledTime !== armedBefore?.scheduledTime;
    }, 'the worker to re-arm');

    // Import that file: preview, then replace everything.
    await options.getByLabel('Import a backup').setInputFiles(path);
    const preview = options.getByRole('group', { name: 'Backup to import' });
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('1 nudge of your own');
    await preview.getByRole('button', { name: 'Replace everything' }).click();
    expect(await axeViolations(options)).toEqual([]);
    await preview.getByRole('button', { name: 'Yes, replace everything' }).click();
    await options.getByText('Done: everything is as it was in the backup.').waitFor();

    expect(byTime((await storedHistory(options)) as Entry[])).toEqual(historyBefore);
    expect(await storedRecord(options)).toEqual(recordBefore);
    await waitFor(
      async () => (await options.getByLabel('Your partner’s name').inputValue()) === 'Robin',
      'the page to show the name again',
    );
    await options.getByText(MINE).waitFor();
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const before = await storedHistory(options);
    await options.getByLabel('Import a backup').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"still-us","kind":"backup","version":1,"history":'),
    });
    await options
      .getByRole('alert')
      .filter({ hasText: 'This file looks cut short or isn’t a Still Us backup.' })
      .waitFor();
    expect(await storedHistory(options)).toEqual(before);
  });
});
