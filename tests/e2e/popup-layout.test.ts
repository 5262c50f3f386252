/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getAlarm, launchExtension, waitFor, type LoadedExtension } from './support/extension';

/** Where a button sits on the page (x, y, width), rounded to the CSS pixel. */
async function place(popup: Page, name: string): Promise<number[]> {
  const box = await popup.getByRole('button', { name, exact: true }).boundingBox();
  return box ? [box.x, box.y, box.width].map(Math.round) : [];
}

/** "Another idea", once the next nudge is on screen. */
async function anotherIdea(popup: Page): Promise<void> {
  const before = await popup.getByTestId('nudge-text').innerText();
  await popup.getByRole('button', { name: 'Another idea', exact: true }).click();
  await popup.waitForFunction(
    (was) => document.querySelector('[data-testid="nudge-text"]')?.textContent !== was,
    before,
  );
}

describe('The popup’s actions in real Chromium', () => {
  let ext: LoadedExtension;
  let popup: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(ext.url('popup.html'));
    await popup.getByTestId('nudge-text').waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('keeps Not now and Another idea in one place over 40 nudges, with a message or none', async () => {
    const another = await place(popup, 'Another idea');
    const notNow = await place(popup, 'Not now');
    const moved: string[] = [];
    let withMessage = 0;
    for (let i = 0; i < 40; i++) {
      await anotherIdea(popup);
      if (await popup.getByTestId('nudge-message').count()) withMessage++;
      const text = await popup.getByTestId('nudge-text').innerText();
      const [anotherNow, notNowNow] = [
        await place(popup, 'Another idea'),
        await place(popup, 'Not now'),
      ];
      if (String(anotherNow) !== String(another))
        moved.push(`Another idea at ${anotherNow}: ${text}`);
      if (String(notNowNow) !== String(notNow)) moved.push(`Not now at ${notNowNow}: ${text}`);
    }
    expect(moved).toEqual([]);
    expect(withMessage).toBeGreaterThan(0);
    expect(withMessage).toBeLessThan(40);
  });

  it('says Copied on the Copy button, by its accessible name', async () => {
    for (let i = 0; i < 80 && !(await popup.getByTestId('nudge-message').count()); i++)
      await anotherIdea(popup);
    await popup.getByRole('button', { name: 'Copy message' }).click();
    await popup.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    await popup
      .getByRole('status')
      .getByText(/^Copied\./)
      .waitFor();
  });

  it('offers the rest of today under Not now', async () => {
    await popup.getByRole('button', { name: 'Not now', exact: true }).click();
    const choices = popup.getByRole('group', { name: 'Remind me again in' });
    await choices.getByRole('button', { name: 'The rest of today' }).waitFor();
    // The keyboard stays with the choices.
    await popup.waitForFunction(() => document.activeElement?.textContent === '15 minutes');
  });

  it('shows a pause set in settings, with Resume, and still offers an idea', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByRole('button', { name: 'Pause for an hour' }).click();
    await options.getByText(/^Paused until .+\. Nudges come back on their own\.$/).waitFor();
    // The worker re-arms for after the pause: the popup says the pause it keeps.
    await waitFor(async () => {
      const paused = await options.evaluate(async () => {
        const { preferences } = await chrome.storage.sync.get('preferences');
        return (preferences as { pausedUntil: number | null }).pausedUntil;
      });
      const alarm = await getAlarm(ext);
      return paused !== null && alarm !== null && alarm.scheduledTime >= paused;
    }, 'the alarm re-armed after the pause');

    const paused = await ext.context.newPage();
    await paused.goto(ext.url('popup.html'));
    await paused.getByTestId('nudge-text').waitFor();
    await paused.getByText(/^Nudges are paused until .+\./).waitFor();
    expect(await paused.getByRole('button', { name: 'Another idea', exact: true }).count()).toBe(1);
    await paused.getByRole('button', { name: 'Resume', exact: true }).click();
    await paused.getByText(/^Nudges are paused/).waitFor({ state: 'detached' });
    // The options page, open all along, says so too.
    await options
      .getByRole('button', { name: /^Pause for/ })
      .first()
      .waitFor();
    await paused.close();
    await options.close();
  });

  it('keeps a tap made before the painted buttons work, and makes it once they do', async () => {
    const waiting = {
      id: 'flirty-text-08',
      category: 'flirty-text',
      text: 'A coupon for your partner:',
      message: 'You’re owed one long kiss.',
      shownAt: Date.now(),
      delivery: 'popup',
    };
    const page = await ext.context.newPage();
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank');
      await page.goto(`${ext.url('popup.html')}#${encodeURIComponent(JSON.stringify(waiting))}`, {
        waitUntil: 'commit',
      });
      // As soon as the painted Not now is there: before Preact, most times.
      const notNow = page.locator('.actions button').nth(2);
      await notNow.waitFor();
      await notNow.dispatchEvent('click');
      await page.getByRole('group', { name: 'Remind me again in' }).waitFor();
    }
    await page.close();
  });
});
