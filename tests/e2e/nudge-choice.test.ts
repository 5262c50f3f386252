import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LoadedExtension } from './support/extension';

const MINE = 'Leave a sticky note on the kettle that says “you + me, later”.';

/** Clicks "Another idea" and returns the new nudge text (waits until it changes). */
async function anotherIdea(popup: Page): Promise<string> {
  const text = popup.getByTestId('nudge-text');
  const before = await text.innerText();
  await popup.getByRole('button', { name: 'Another idea' }).click();
  await popup.waitForFunction(
    (was) => document.querySelector('[data-testid="nudge-text"]')?.textContent !== was,
    before,
  );
  return text.innerText();
}

describe('Choosing nudges in real Chromium', () => {
  let ext: LoadedExtension;
  let popup: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
    await popup.getByTestId('nudge-text').waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('asking for another idea 40 times shows 40 different nudges', async () => {
    const seen = [await popup.getByTestId('nudge-text').innerText()];
    for (let i = 0; i < 40; i++) seen.push(await anotherIdea(popup));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('a nudge of your own joins the rotation, and “never show this one” keeps it away', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    // Only tiny dates, so the one of mine comes round soon.
    const kinds = options.getByRole('group', { name: 'Kinds of nudge' }).getByRole('checkbox');
    // all() does not wait, and the page's top is painted before its module draws the rest.
    await kinds.last().waitFor();
    for (const box of await kinds.all()) {
      const label = await box.evaluate((el) => el.closest('label')?.textContent ?? '');
      if (label.includes('Tiny date')) await box.check();
      else await box.uncheck();
    }
    await options.getByLabel('Kind of nudge').first().selectOption({ label: 'Tiny date' });
    await options.getByLabel('What it says').first().fill(MINE);
    await options.getByRole('button', { name: 'Add nudge' }).click();
    await options.getByText(MINE).waitFor();
    await popup.bringToFront(); // a background tab's frames are throttled

    let found = false;
    for (let i = 0; i < 120 && !found; i++) found = (await anotherIdea(popup)) === MINE;
    expect(found).toBe(true);

    await popup.getByRole('button', { name: 'Not now' }).click();
    await popup.getByRole('button', { name: 'Never show this one' }).click();
    await popup.getByText('That one won’t come again.').waitFor();
    await popup.getByRole('button', { name: 'Another idea' }).click();
    await popup.getByTestId('nudge-text').waitFor();
    // More draws than there are tiny dates: a whole round passes without it.
    for (let i = 0; i < 40; i++) expect(await anotherIdea(popup)).not.toBe(MINE);
    await options.close();
  });
});
