import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  fireAlarmSoon,
  launchExtension,
  popupTargets,
  waitFor,
  type LoadedExtension,
} from './support/extension';
import { allKindsBut } from './support/labels';

// Issue 7: what a person types or imports is shown as text everywhere. Markup payloads go in
// through each path (the partner's name, an own nudge, an imported file, the welcome page)
// and must come out as the same characters, with no element or handler made from them.
const NAME = '<img src=x onerror=alert(1)>'; // fits the 40-character name limit
const OWN_TEXT = '<svg onload=alert(2)>Hold hands</svg>';
const OWN_MESSAGE = '<script>alert(3)</script><b>bold?</b>';
const IMPORTED = '<iframe src="javascript:alert(4)"></iframe><a href="javascript:alert(5)">x</a>';

/** Elements or attributes that markup in a payload would have made. */
function madeFromMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attribute of el.getAttributeNames())
        if (attribute.startsWith('on')) found.push(`${el.tagName} ${attribute}`);
      if (['IMG', 'IFRAME', 'B'].includes(el.tagName)) found.push(el.tagName);
      if (el.tagName === 'SCRIPT' && !el.getAttribute('src')) found.push('inline SCRIPT');
      if (el.tagName === 'A' && el.getAttribute('href')?.startsWith('javascript:'))
        found.push('javascript: link');
      if (el.tagName === 'svg' && el.closest('[data-testid], .custom-list, main article'))
        found.push('svg from text');
    }
    return found;
  });
}

describe('markup typed or imported stays text', () => {
  let ext: LoadedExtension;
  let options: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    ext.context.on('page', (page) => page.on('dialog', (d) => dialogs.push(d.message())));
    options = await ext.context.newPage();
    options.on('dialog', (d) => dialogs.push(d.message()));
    await options.goto(ext.url('options.html'));
    await options.getByLabel('Your partner’s name').fill(NAME);
    await waitFor(
      () =>
        options.evaluate(
          async (name) =>
            ((await chrome.storage.sync.get('preferences')).preferences as { partnerName?: string })
              ?.partnerName === name,
          NAME,
        ),
      'the name to save',
    );
    await options.getByLabel('Kind of nudge').first().selectOption({ label: 'Tiny date' });
    await options.getByLabel('What it says').first().fill(OWN_TEXT);
    await options.getByLabel('A message to copy (optional)').first().fill(OWN_MESSAGE);
    await options.getByRole('button', { name: 'Add nudge' }).click();
    await options.getByText(OWN_TEXT).waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('the options page shows the name and the own nudge as typed', async () => {
    await options.reload();
    await options.getByText(OWN_TEXT).waitFor();
    expect(await options.getByTestId('custom-nudges').textContent()).toContain(OWN_MESSAGE);
    expect(await options.getByLabel('Your partner’s name').inputValue()).toBe(NAME);
    expect(await madeFromMarkup(options)).toEqual([]);
  });

  it('the popup shows a nudge with that name as text, on first paint and after', async () => {
    const page = await ext.context.newPage();
    await page.goto('data:text/html,<h1>An ordinary page</h1>');
    await options.evaluate(async (kindsOff) => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      // Only kinds whose texts name the partner, and no quiet time now.
      await chrome.storage.sync.set({
        preferences: { ...(preferences as object), quietHours: [], kindsOff },
      });
    }, allKindsBut('reassurance'));
    await fireAlarmSoon(ext);
    const url = await waitFor(async () => (await popupTargets(ext, page))[0] ?? null, 'the popup');
    // The popup as the toolbar opens it: painted from its URL, then Preact.
    const popup = await ext.context.newPage();
    await popup.goto(url);
    const text = popup.getByTestId('nudge-text');
    await text.waitFor();
    expect(await text.textContent()).toContain(NAME);
    expect(await madeFromMarkup(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Done' }).waitFor();
    expect(await text.textContent()).toContain(NAME);
    expect(await madeFromMarkup(popup)).toEqual([]);
  });

  it('an imported backup with markup in it is previewed and listed as text', async () => {
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything' }).click();
    const file = await (await download).path();
    const backup = JSON.parse(await readFile(file, 'utf8')) as {
      history: { text: string }[];
    };
    expect(backup.history.length).toBeGreaterThan(0);
    backup.history = backup.history.map((entry) => ({ ...entry, text: IMPORTED }));
    await writeFile(file, JSON.stringify(backup));
    await options.getByLabel('Import a backup').setInputFiles(file);
    await options.getByRole('button', { name: 'Replace everything' }).click();
    await options.getByRole('button', { name: /^Yes/ }).click();
    // The backup's nudges were only seen: history lists them when asked.
    await options.getByLabel('Show nudges I only saw').check();
    await waitFor(
      async () => ((await options.getByTestId('history').textContent()) ?? '').includes(IMPORTED),
      'the imported history',
    );
    expect(await madeFromMarkup(options)).toEqual([]);
  });

  it('the welcome page shows the name it was given as text', async () => {
    const welcome = await ext.context.newPage();
    await welcome.goto(ext.url('welcome.html'));
    await welcome.getByLabel('Your partner’s name').fill(NAME);
    await welcome.getByRole('button', { name: 'Skip the rest' }).click();
    await welcome.getByText(NAME).first().waitFor();
    expect(await madeFromMarkup(welcome)).toEqual([]);
  });

  it('no payload ever ran', () => {
    expect(dialogs).toEqual([]);
  });
});
