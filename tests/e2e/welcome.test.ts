// The welcome page in real Chromium: it opens by itself on a fresh install and works
// from the keyboard alone.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  getAlarm,
  launchExtension,
  waitFor,
  welcomeTab,
  type LoadedExtension,
} from './support/extension';

interface StoredPreferences {
  partnerName: string;
  quietHours: { start: string; end: string; days?: number[] }[];
  delivery: string;
}

/** The preferences as the welcome page saved them, read in the worker. */
const storedPreferences = (ext: LoadedExtension): Promise<StoredPreferences | undefined> =>
  ext.worker.evaluate(
    async () =>
      (await chrome.storage.sync.get('preferences')).preferences as StoredPreferences | undefined,
  );

/** What has focus: a field's id, or the text of anything else (a heading, a button). */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement ? `#${el.id}` : (el?.textContent?.trim() ?? '');
  });

/**
 * Presses Tab until `target` has focus, as a person would: Tab first walks through a time
 * field's own parts (hours, minutes, AM/PM, its clock button) before leaving it.
 */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 6 && (await focused(page)) !== target; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(target);
}

/** A fresh install, with the welcome tab it opened by itself. */
async function installed(): Promise<{ ext: LoadedExtension; page: Page }> {
  const ext = await launchExtension(undefined, { keepWelcome: true });
  const page = await welcomeTab(ext.context, ext.id);
  await page.bringToFront();
  await page.getByRole('heading', { level: 1, name: 'Welcome to Still Us' }).waitFor();
  return { ext, page };
}

describe('the welcome page', () => {
  let ext: LoadedExtension | undefined;
  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });

  it('opens on install and is filled in with the keyboard, ending on a sample nudge', async () => {
    const opened = await installed();
    ext = opened.ext;
    const { page } = opened;
    expect(await page.title()).toBe('Welcome to Still Us');
    await page.getByText('Step 1 of 3').waitFor();

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#welcome-name');
    await page.keyboard.type('Sam');
    await page.keyboard.press('Enter');
    await page.getByText('Step 2 of 3').waitFor();
    // Focus moved to the new step's heading, for screen readers.
    expect(await focused(page)).toBe('When should nudges stay quiet?');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#welcome-quiet-start');
    // Chromium's time field in an en-US browser: hours, minutes, then AM/PM.
    await page.keyboard.type('1000P');
    await tabTo(page, '#welcome-quiet-end');
    await page.keyboard.type('0700A');
    expect(await page.locator('#welcome-quiet-start').inputValue()).toBe('22:00');
    expect(await page.locator('#welcome-quiet-end').inputValue()).toBe('07:00');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await page.getByText('Step 3 of 3').waitFor();
    expect(await focused(page)).toBe('How should nudges arrive?');

    // Into the radio group (the chosen one takes focus), then arrows pick another.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#welcome-delivery-popup');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /Just a heart/ }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Finish');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'You’re all set' }).waitFor();
    expect(await focused(page)).toBe('You’re all set');
    expect(await page.getByTestId('nudge-text').textContent()).toBe(
      'Say to Sam: “We’re still a team, even on the messy days.”',
    );
    expect(await storedPreferences(ext)).toMatchObject({
      partnerName: 'Sam',
      quietHours: [{ start: '22:00', end: '07:00' }],
      delivery: 'badge',
    });

    // The way on to settings, from the keyboard too.
    await page.getByRole('link', { name: 'Open settings' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(ext.url('options.html'));
    await page.getByRole('heading', { name: 'Still Us', exact: true }).waitFor();
  });

  it('skips from step 1, keeping the name typed and leaving the rest as it was', async () => {
    const opened = await installed();
    ext = opened.ext;
    const { page } = opened;
    await page.keyboard.press('Tab');
    await page.keyboard.type('Robin');
    // Past the baby's date (optional, issue 15: a date field is a few stops), to Next.
    for (let i = 0; i < 6 && (await focused(page)) !== 'Next'; i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Next');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip this question');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip the rest');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'You’re all set' }).waitFor();
    expect(await page.getByTestId('nudge-text').textContent()).toContain('Robin');
    expect(await storedPreferences(ext)).toMatchObject({
      partnerName: 'Robin',
      quietHours: [{ start: '21:30', end: '07:30' }],
      delivery: 'popup',
    });
  });

  it('skips one question at a time, so quiet hours and delivery are still asked', async () => {
    const opened = await installed();
    ext = opened.ext;
    const { page } = opened;
    for (const [n, heading] of [
      [2, 'When should nudges stay quiet?'],
      [3, 'How should nudges arrive?'],
    ] as const) {
      await page.getByRole('button', { name: 'Skip this question' }).click();
      await page.getByText(`Step ${n} of 3`).waitFor();
      expect(await focused(page)).toBe(heading);
    }
    // The last question has one way to skip: it is the end either way.
    expect(await page.getByRole('button', { name: 'Skip the rest' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await page.getByRole('heading', { level: 2, name: 'You’re all set' }).waitFor();
    expect(await storedPreferences(ext)).toBeUndefined();
  });

  it('goes on with no name at all: stored empty, nudges say “your partner”', async () => {
    const opened = await installed();
    ext = opened.ext;
    const { page } = opened;
    expect(await page.getByLabel('Your partner’s name').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Step 2 of 3').waitFor();
    expect(await page.getByText(/Please type a name/).count()).toBe(0);
    // Another answer saved, so the name is known to have been written (and kept empty).
    await page.locator('#welcome-quiet-start').fill('22:00');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Step 3 of 3').waitFor();
    expect(await storedPreferences(ext)).toMatchObject({
      partnerName: '',
      quietHours: [{ start: '22:00', end: '07:30' }],
    });
    await page.getByRole('button', { name: 'Finish' }).click();
    expect(await page.getByTestId('nudge-text').textContent()).toContain('your partner');
    expect(await page.getByText(/Please type a name/).count()).toBe(0);
  });

  it('ends by showing how to pin the icon, in words and a picture, and when the first comes', async () => {
    const opened = await installed();
    ext = opened.ext;
    const { page } = opened;
    await page.getByRole('button', { name: 'Skip the rest' }).click();
    await page.getByRole('heading', { level: 3, name: 'Keep Still Us close' }).waitFor();
    await page.getByText(/click the puzzle piece \(Extensions\).*then the pin/).waitFor();
    const picture = page.getByRole('img', { name: /puzzle-piece button.*a pin next to Still Us/ });
    const box = await picture.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(40);
    // The time told is the one the worker armed, rounded as the options page tells it. No
    // quiet hours, so the words do not depend on the hour this runs at.
    const before = await waitFor(() => getAlarm(opened.ext), 'the first alarm');
    await ext.worker.evaluate(async () => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      await chrome.storage.sync.set({
        preferences: { ...(preferences as object), quietHours: [] },
      });
    });
    const armed = await waitFor(async () => {
      const alarm = await getAlarm(opened.ext);
      return alarm && alarm.scheduledTime !== before.scheduledTime ? alarm.scheduledTime : null;
    }, 're-arm');
    const expected = await page.evaluate((t) => {
      if (t < Date.now() + 10 * 60_000) return 'The first one comes in a few minutes.';
      const d = new Date(t);
      const minutes = d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / 60_000;
      const rounded = t + (Math.round(minutes / 10) * 10 - minutes) * 60_000;
      return new Date(rounded).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
    }, armed);
    await page.getByText(expected, { exact: false }).waitFor();
    expect(await page.locator('.welcome-done').textContent()).not.toMatch(/little while/);
  });

  it('does not open again when the browser starts again', async () => {
    const opened = await installed();
    await opened.page.close();
    await opened.ext.quit();
    // Chromium reports "install" again at each start for a --load-extension extension.
    ext = await launchExtension(opened.ext.profile);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(ext.context.pages().map((p) => p.url())).not.toContain(ext.url('welcome.html'));
  });
});
