/// <reference types="chrome" />
// Accessibility of every page in real Chromium: axe-core finds nothing, in light and dark
// (as the device is set, and as chosen in the options), the chosen look is there from the
// first frame, nothing needs sideways scrolling at 200% zoom, and reduced motion holds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  background,
  BACKGROUND,
  firstFrame,
  horizontalOverflow,
  moving,
  recordFirstFrame,
  zoom,
  type Violation,
} from './support/a11y';
import {
  EXTENSION_DIR,
  fireAlarmSoon,
  getAlarm,
  launchExtension,
  popupTargets,
  waitFor,
  type LoadedExtension,
  toolbarPopupUrl,
} from './support/extension';

const POPUP = { width: 360, height: 600 };
const PAGE = { width: 1280, height: 800 };
/** Written while the welcome page was being built: its checks run once it is in the build. */
const hasWelcome = existsSync(join(EXTENSION_DIR, 'welcome.html'));

let ext: LoadedExtension;
/** The popup's own URL with the waiting nudge in its hash, as the worker set it. */
let waitingUrl = '';
let waiting: Record<string, unknown> = {};

/** One state of one page to check, opened fresh in `page`. */
interface View {
  name: string;
  size: { width: number; height: number };
  open: (page: Page) => Promise<void>;
}

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

async function openPopup(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await button(page, 'Done').waitFor();
}

async function openWelcome(page: Page, steps: number): Promise<void> {
  await page.goto(ext.url('welcome.html'));
  for (let i = 0; i < steps; i++) {
    const heading = await page.locator('h2').textContent();
    await button(page, /^(Next|Finish)$/).click();
    await page.waitForFunction((h) => document.querySelector('h2')?.textContent !== h, heading, {
      timeout: 5_000,
    });
  }
  await page.locator('h2').waitFor();
}

const views: View[] = [
  {
    name: 'the popup, a nudge waiting',
    size: POPUP,
    open: async (page) => {
      await ext.worker.evaluate((nudge) => chrome.storage.local.set(nudge), waiting);
      await openPopup(page, waitingUrl);
    },
  },
  {
    name: 'the popup, none waiting',
    size: POPUP,
    open: async (page) => {
      await ext.worker.evaluate(() => chrome.storage.local.remove('pendingNudge'));
      await openPopup(page, ext.url('popup.html'));
    },
  },
  {
    name: 'the popup, "Not now" choices',
    size: POPUP,
    open: async (page) => {
      // The nudge the view before drew waits: its idea drawn ahead is another one.
      await openPopup(page, await toolbarPopupUrl(ext.worker));
      await button(page, 'Not now').click();
      await button(page, '30 minutes').waitFor();
    },
  },
  {
    name: 'the options page, with history',
    size: PAGE,
    open: async (page) => {
      await page.goto(ext.url('options.html'));
      await page.getByTestId('history').locator('li').first().waitFor();
    },
  },
  ...(hasWelcome
    ? ['first step', 'second step', 'third step', 'last view'].map((step, i) => ({
        name: `the welcome page, ${step}`,
        size: PAGE,
        open: (page: Page) => openWelcome(page, i),
      }))
    : []),
];

/** Light or dark, as the device is set or as chosen in the options. */
const looks = [
  { name: 'light, as the device is', device: 'light', choice: 'Match my device', bg: 'light' },
  { name: 'dark, as the device is', device: 'dark', choice: 'Match my device', bg: 'dark' },
  { name: 'dark, chosen on a light device', device: 'light', choice: 'Dark', bg: 'dark' },
  { name: 'light, chosen on a dark device', device: 'dark', choice: 'Light', bg: 'light' },
] as const;

/** Chooses an appearance in the options page with the keyboard, and waits until it is kept. */
async function chooseAppearance(label: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  await page.getByRole('radio', { name: new RegExp(`^${label}`) }).focus();
  await page.keyboard.press('Space');
  const wanted = { 'Match my device': null, Light: 'light', Dark: 'dark' }[label];
  await waitFor(
    () => page.evaluate((w) => localStorage.getItem('still-us:theme') === w, wanted),
    `"${label}" to be kept`,
  );
  await page.close();
}

beforeAll(async () => {
  ext = await launchExtension();
  const options = await ext.context.newPage();
  await options.goto(ext.url('options.html'));
  // A nudge delivered by the alarm, at whatever hour this runs: no quiet hours. A partner's
  // name too, so the welcome page's first step can go on.
  const armed = await waitFor(() => getAlarm(ext), 'the first alarm');
  await ext.worker.evaluate(async () => {
    const { preferences } = await chrome.storage.sync.get('preferences');
    await chrome.storage.sync.set({
      preferences: { ...(preferences as object), quietHours: [], partnerName: 'Sam' },
    });
  });
  // The change re-arms the alarm: wait for that, or it would replace the one set next.
  await waitFor(async () => (await getAlarm(ext))?.scheduledTime !== armed.scheduledTime, 're-arm');
  await fireAlarmSoon(ext);
  await waitFor(async () => (await popupTargets(ext, options)).length > 0, 'the popup');
  await options.evaluate(() =>
    chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()),
  );
  waitingUrl = await toolbarPopupUrl(ext.worker);
  waiting = await ext.worker.evaluate(() => chrome.storage.local.get('pendingNudge'));
  // Then a little history: that nudge done, a fresh one put off.
  for (const act of ['Done', 'Not now']) {
    await openPopup(options, await toolbarPopupUrl(ext.worker));
    await button(options, act).click();
    // Let go of before the next popup opens, or that one finds it still waiting.
    if (act === 'Done') await options.locator('.thanks').waitFor();
    if (act === 'Not now') await button(options, '30 minutes').click();
  }
  await options.close();
});

afterAll(async () => {
  await ext?.close();
});

describe('setup', () => {
  it('has a waiting nudge in the popup URL, and knows whether the welcome page is built', () => {
    expect(waitingUrl).toMatch(/popup\.html#/);
    expect(waiting.pendingNudge).toBeTruthy();
    // Not a check of the product: a reminder in the output when the welcome page is missing.
    if (!hasWelcome) console.warn('welcome.html is not in the build: its checks did not run.');
  });
});

describe.each(looks)('$name', ({ device, choice, bg }) => {
  it(`has no axe violations, and is ${bg} from the first frame on`, async () => {
    await chooseAppearance(choice);
    const violations: Record<string, Violation[]> = {};
    const wrongLook: Record<string, unknown> = {};
    for (const view of views) {
      const page = await ext.context.newPage();
      await recordFirstFrame(page);
      await page.setViewportSize(view.size);
      await page.emulateMedia({ colorScheme: device });
      await view.open(page);
      const first = await firstFrame(page);
      const now = await background(page);
      if (first.background !== BACKGROUND[bg] || now !== BACKGROUND[bg])
        wrongLook[view.name] = { firstFrame: first, now };
      const found = await axeViolations(page);
      if (found.length > 0) violations[view.name] = found;
      await page.close();
    }
    expect(wrongLook).toEqual({});
    expect(violations).toEqual({});
  });
});

describe('a choice made on another device', () => {
  it('arrives through sync, and from then on this device paints it at once', async () => {
    await chooseAppearance('Match my device');
    await ext.worker.evaluate(async () => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      // As browser sync writes it: no page of this device saw it happen.
      await chrome.storage.sync.set({ preferences: { ...(preferences as object), theme: 'dark' } });
    });
    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: 'light' });
    await openPopup(popup, ext.url('popup.html'));
    await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await background(popup)).toBe(BACKGROUND.dark);
    const options = await ext.context.newPage();
    await recordFirstFrame(options);
    await options.emulateMedia({ colorScheme: 'light' });
    await options.goto(ext.url('options.html'));
    expect((await firstFrame(options)).background).toBe(BACKGROUND.dark);
    await popup.close();
    await options.close();
    await chooseAppearance('Match my device');
  });
});

describe('at 200% zoom (real browser zoom)', () => {
  // A popup is as wide as its content (360 CSS px, 720 screen px at 200%) and at most 600
  // screen px tall; a page in a 1280 × 800 window gets 640 × 400 CSS px.
  it('the check sees what does not fit', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await page.evaluate(() => {
      const wide = document.createElement('p');
      wide.style.width = '2000px';
      wide.textContent = 'Too wide';
      document.body.append(wide);
    });
    const fit = await horizontalOverflow(page);
    expect(fit.outside).toEqual(['p ends at 2000px']);
    expect(fit.scrollWidth).toBeGreaterThan(fit.innerWidth);
    await page.close();
  });

  it.each(views.map((v) => [v.name, v] as const))('%s fits the width', async (_name, view) => {
    const page = await ext.context.newPage();
    const popup = view.size === POPUP;
    await page.setViewportSize(popup ? { width: 720, height: 600 } : PAGE);
    try {
      await view.open(page);
      await zoom(page, 2);
      expect(await page.evaluate(() => innerWidth)).toBe(popup ? 360 : 640);
      const fit = await horizontalOverflow(page);
      expect(fit.outside).toEqual([]);
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
    } finally {
      await zoom(page, 1);
      await page.close();
    }
  });
});

describe('reduced motion', () => {
  it('the check sees motion when it is allowed: buttons ease their colour', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await button(page, /^Pause for/).waitFor();
    expect(await moving(page)).toContain('button');
    await page.close();
  });

  it.each(views.map((v) => [v.name, v] as const))('%s: nothing moves', async (_name, view) => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(view.size);
    await view.open(page);
    expect(await moving(page)).toEqual([]);
    await page.close();
  });
});
