/// <reference types="chrome" />
// Issue 17 in real Chromium: the options page at a glance (its line matches the armed alarm,
// rounded), in sections (each link brings its section into view and moves the focus; a hash
// opens one; Back goes back), axe at 0 in light and dark, and the options, welcome and popup
// pages whole at 360 CSS px in every shipped language.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, horizontalOverflow, type Violation } from './support/a11y';
import {
  getAlarm,
  launchExtension,
  liveWorker,
  waitFor,
  type LoadedExtension,
} from './support/extension';
import { nextNudgeGlance } from '../../utils/schedule/at-a-glance';
import { dayFromNow } from '../../utils/time/day-from-now';

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
/** The sections, as the links name them (locales/en.yml). */
const SECTIONS = [
  ['now', 'Right now'],
  ['nudges', 'Your nudges'],
  ['when', 'When they come'],
  ['own', 'Your own nudges'],
  ['history', 'Looking back'],
  ['data', 'Your data'],
  ['look', 'Appearance and language'],
] as const;

/** Once the page's slower parts (today's history, the weekly picture, history) have drawn. */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('.weekly') !== null && !document.querySelector('[aria-busy="true"]'),
  );

async function setPreferences(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (p) => {
    const { preferences } = await chrome.storage.sync.get('preferences');
    await chrome.storage.sync.set({ preferences: { ...(preferences ?? {}), ...p } });
  }, patch);
}

/** The armed alarm once it is no longer `before` (a change of preferences re-arms it). */
const rearmed = (ext: LoadedExtension, before: number | undefined): Promise<number> =>
  waitFor(async () => {
    const alarm = await getAlarm(ext);
    return alarm && alarm.scheduledTime !== before ? alarm.scheduledTime : null;
  }, 'the re-armed alarm');

/** The glance's line about the next nudge, as the page shows it. */
const nextLine = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('#now .glance-line')?.textContent ?? '');

/**
 * What that line should say for `armed`: rounded by the same rule, the clock in the page's
 * own format (its locale), on the day it falls on.
 */
async function expectedLine(page: Page, armed: number): Promise<string> {
  const now = Date.now();
  const glance = nextNudgeGlance({ pausedUntil: null, quietHours: [] }, armed, now);
  if (glance.kind === 'soon') return 'Next nudge in a few minutes.';
  if (glance.kind !== 'around') throw new Error(`unexpected ${glance.kind}`);
  const clock = await page.evaluate(
    (t) => new Date(t).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' }),
    glance.at,
  );
  const day = dayFromNow(glance.at, now);
  if (day === 'today') return `Next nudge around ${clock}.`;
  if (day === 'tomorrow') return `Next nudge tomorrow, around ${clock}.`;
  const weekday = await page.evaluate(
    (t) => new Date(t).toLocaleDateString([], { weekday: 'long' }),
    glance.at,
  );
  return `Next nudge on ${weekday}, around ${clock}.`;
}

/** The focused heading's words, and whether its section's heading is wholly on screen. */
const focusedSection = (page: Page): Promise<{ focused: string; inView: boolean }> =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const box = focused?.closest('section[id]')?.querySelector('h2')?.getBoundingClientRect();
    return {
      focused: focused?.tagName === 'H2' ? (focused.textContent ?? '') : '',
      inView: !!box && box.top >= 0 && box.bottom <= innerHeight,
    };
  });

describe('the options page (English)', () => {
  let ext: LoadedExtension;
  let options: Page;
  const goto = async (page: Page, hash = ''): Promise<void> => {
    await page.goto(ext.url(`options.html${hash}`));
    await page.getByRole('heading', { level: 2, name: 'Right now' }).waitFor();
  };

  beforeAll(async () => {
    ext = await launchExtension();
    options = await ext.context.newPage();
    await goto(options);
    // At whatever hour this runs: no quiet hours, so the glance tells the armed nudge.
    const before = (await waitFor(() => getAlarm(ext), 'the first alarm')).scheduledTime;
    await setPreferences(options, { quietHours: [], partnerName: 'Sam', pausedUntil: null });
    await rearmed(ext, before);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('says when the armed nudge comes, rounded, and follows a re-arm made in another tab', async () => {
    const armed = (await getAlarm(ext))!.scheduledTime;
    await waitFor(
      async () => (await nextLine(options)) === (await expectedLine(options, armed)),
      `"${await expectedLine(options, armed)}" at the top`,
    );
    // Another tab changes how many nudges a day: the worker re-arms, and this tab follows.
    const other = await ext.context.newPage();
    await goto(other);
    const perDay = other.getByLabel('About how many nudges a day');
    await perDay.fill((await perDay.inputValue()) === '3' ? '5' : '3');
    const next = await rearmed(ext, armed);
    await other.close();
    await waitFor(
      async () => (await nextLine(options)) === (await expectedLine(options, next)),
      `"${await expectedLine(options, next)}" after the re-arm`,
    );
    expect(await options.getByRole('status').first().textContent()).toBe('Nudges are on.');
  });

  it('says a pause, and Resume brings the next nudge back', async () => {
    await options.getByRole('button', { name: 'Pause for an hour' }).click();
    await options.getByText(/^Paused until .+\. Nudges come back on their own\.$/).waitFor();
    const paused = (await getAlarm(ext))!.scheduledTime;
    await options.getByRole('button', { name: 'Resume now' }).click();
    const armed = await rearmed(ext, paused);
    await waitFor(
      async () => (await nextLine(options)) === (await expectedLine(options, armed)),
      'the next nudge after Resume',
    );
  });

  it.each([
    ['wide, the links beside the page', WIDE],
    ['at phone width, the links above it', PHONE],
  ])('every link brings its section into view and moves the focus (%s)', async (_, size) => {
    const page = await ext.context.newPage();
    await page.setViewportSize(size);
    await goto(page);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(SECTIONS.map(([, n]) => n));
    // From the bottom up, so every one has to move the page.
    for (const [id, name] of [...SECTIONS].reverse()) {
      await nav.getByRole('link', { name, exact: true }).click();
      expect(new URL(page.url()).hash).toBe(`#${id}`);
      await waitFor(async () => (await focusedSection(page)).focused === name, `focus on ${name}`);
      expect(await focusedSection(page)).toEqual({ focused: name, inView: true });
    }
    await page.close();
  });

  it('the links stay in view on a wide page while it scrolls', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(WIDE);
    await goto(page, '#look');
    await waitFor(async () => (await focusedSection(page)).focused === SECTIONS[6][1], 'the end');
    const box = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    expect(box && box.y >= 0 && box.y < WIDE.height).toBe(true);
    await page.close();
  });

  it('works from the keyboard, and Back goes to the section before', async () => {
    const page = await ext.context.newPage();
    await goto(page);
    const link = (name: string) =>
      page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name });
    await link('When they come').focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await focusedSection(page)).focused === 'When they come', 'When');
    // The keyboard carries on from the section: the next Tab is inside it.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('#when')),
      'Tab after the heading stays in its section',
    ).toBe(true);
    await link('Your data').focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await focusedSection(page)).focused === 'Your data', 'Data');
    await page.goBack();
    expect(new URL(page.url()).hash).toBe('#when');
    await waitFor(async () => (await focusedSection(page)).focused === 'When they come', 'Back');
    expect((await focusedSection(page)).inView).toBe(true);
    await page.goForward();
    await waitFor(async () => (await focusedSection(page)).focused === 'Your data', 'Forward');
    await page.close();
  });

  it.each(SECTIONS.map(([id, name]) => [id, name]))(
    'options.html#%s opens that section directly',
    async (id, name) => {
      const page = await ext.context.newPage();
      await page.setViewportSize(PHONE);
      await goto(page, `#${id}`);
      await waitFor(async () => (await focusedSection(page)).focused === name, name);
      // Still in view once the slower parts above it (history, own nudges) have drawn.
      await settled(page);
      await page.waitForTimeout(300);
      expect(await focusedSection(page)).toEqual({ focused: name, inView: true });
      await page.close();
    },
  );

  it.each([
    [
      'a check-in',
      { id: 'check-in-q-01', category: 'check-in', ritual: 'check-in' },
      'When they come',
    ],
    ['a nudge of your own', { id: 'custom-e2e', category: 'touch' }, 'Your own nudges'],
    ['a nudge from the library', { id: 'kind-act-01', category: 'kind-act' }, 'Your nudges'],
  ])('the popup’s settings link, over %s, opens the section that fits', async (_, fields, name) => {
    const waiting = {
      text: 'Hold hands for a minute.',
      shownAt: Date.now(),
      delivery: 'popup',
      ...fields,
    };
    const worker = await liveWorker(ext);
    await worker.evaluate((pendingNudge) => chrome.storage.local.set({ pendingNudge }), waiting);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`popup.html#${encodeURIComponent(JSON.stringify(waiting))}`));
    await popup.getByRole('button', { name: 'Done' }).waitFor();
    const [settings] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Settings and history' }).click(),
    ]);
    await settings.getByRole('heading', { level: 2, name }).waitFor();
    await waitFor(async () => (await focusedSection(settings)).focused === name, name);
    await settings.close();
    await popup.close();
  });

  it('from the nudge’s window a notification opens, its link opens the section in a normal tab', async () => {
    const waiting = {
      id: 'check-in-q-02',
      category: 'check-in',
      ritual: 'check-in',
      text: 'What made you smile today?',
      shownAt: Date.now(),
      delivery: 'notification',
    };
    const worker = await liveWorker(ext);
    // As a click on the notification opens it (utils/delivery/deliver-nudge.ts openNudgeWindow).
    const [window] = await Promise.all([
      ext.context.waitForEvent('page'),
      worker.evaluate(async (pendingNudge) => {
        await chrome.storage.local.set({ pendingNudge });
        const url = chrome.runtime.getURL(
          `popup.html#${encodeURIComponent(JSON.stringify(pendingNudge))}`,
        );
        await chrome.windows.create({ url, type: 'popup', width: 380, height: 460 });
      }, waiting),
    ]);
    await window.getByRole('button', { name: 'Done' }).waitFor();
    const [settings] = await Promise.all([
      ext.context.waitForEvent('page'),
      window.getByRole('button', { name: 'Settings and history' }).click(),
    ]);
    await waitFor(
      async () => (await focusedSection(settings)).focused === 'When they come',
      'When they come',
    );
    const type = await settings.evaluate(async () => {
      const tab = await chrome.tabs.getCurrent();
      return tab ? (await chrome.windows.get(tab.windowId)).type : 'none';
    });
    expect(type).toBe('normal');
    await settings.close();
    await window.close();
  });

  it('has no axe violations, light and dark, wide and at phone width', async () => {
    const found: Record<string, Violation[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      for (const [label, size, hash] of [
        ['wide', WIDE, ''],
        ['phone', PHONE, '#when'],
      ] as const) {
        const page = await ext.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(size);
        await goto(page, hash);
        await settled(page);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[`${scheme}, ${label}`] = violations;
        await page.close();
      }
    }
    expect(found).toEqual({});
  });
});

/** Languages as Chromium picks them: LANGUAGE on Linux, and --lang (tests/e2e/i18n.test.ts). */
const LANGUAGES = ['en', 'es', 'de', 'fr'] as const;

describe.each(LANGUAGES)('at 360 CSS px, in %s', (lang) => {
  let ext: LoadedExtension;
  const overflow: Record<string, unknown> = {};

  /** Opens `path` at phone width, lets `ready` finish, and notes anything reaching past the edge. */
  async function check(name: string, path: string, ready: (page: Page) => Promise<void>) {
    const page = await ext.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(ext.url(path));
    await ready(page);
    const fit = await horizontalOverflow(page);
    if (fit.outside.length > 0 || fit.scrollWidth > fit.innerWidth) overflow[name] = fit;
    return page;
  }

  beforeAll(async () => {
    process.env.LANGUAGE = lang;
    ext = await launchExtension(undefined, { args: [`--lang=${lang}`] });
    const worker = await liveWorker(ext);
    // A name for the welcome page's first step, and a check-in, so the glance has every line.
    await worker.evaluate(async () => {
      const { preferences } = await chrome.storage.sync.get('preferences');
      const checkIn = { days: [0, 1, 2, 3, 4, 5, 6], time: '20:30' };
      await chrome.storage.sync.set({
        preferences: { ...(preferences ?? {}), partnerName: 'Sam', checkIn },
      });
    });
  });

  afterAll(async () => {
    delete process.env.LANGUAGE;
    await ext?.close();
  });

  it('the options, welcome and popup pages never scroll sideways', async () => {
    const options = await check('options', 'options.html', async (page) => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.locator('#now .glance-line').first().waitFor();
      await settled(page);
      // The data section's import and own nudges' are drawn: their file inputs are measured too.
      expect(await page.locator('.file-pick label').count()).toBe(2);
    });
    await options.close();

    const welcome = await check('welcome, step 1', 'welcome.html', (page) =>
      page.locator('h2').first().waitFor(),
    );
    // Next (Finish on the last step) until the view after the steps: each one checked.
    for (let view = 2; (await welcome.locator('form.welcome-step').count()) > 0; view++) {
      const heading = await welcome.locator('h2').first().textContent();
      await welcome.locator('form.welcome-step button[type="submit"]').click();
      await welcome.waitForFunction(
        (h) => document.querySelector('h2')?.textContent !== h,
        heading,
      );
      const fit = await horizontalOverflow(welcome);
      if (fit.outside.length > 0 || fit.scrollWidth > fit.innerWidth)
        overflow[`welcome, view ${view}`] = fit;
    }
    expect(await welcome.locator('.welcome-done').count(), 'the welcome page reached its end').toBe(
      1,
    );
    await welcome.close();

    const waiting = {
      id: 'flirty-text-08',
      category: 'flirty-text',
      text: 'Send Sam a little spark: a message that says what you love about them lately.',
      message: 'Thinking of you. You make the hard days softer, and the good ones better.',
      shownAt: Date.now(),
      delivery: 'popup',
    };
    // Waiting as the worker leaves it: in storage too, so the popup keeps it (a hash alone
    // would be replaced by a fresh draw, and the buttons would change under the click).
    await (
      await liveWorker(ext)
    ).evaluate((n) => chrome.storage.local.set({ pendingNudge: n }), waiting);
    const popup = await check(
      'popup, a nudge waiting',
      `popup.html#${encodeURIComponent(JSON.stringify(waiting))}`,
      (page) => page.locator('.actions button').first().waitFor(),
    );
    // "Not now" (the second-to-last button of the nudge's): its choices. Once the buttons work:
    // popup-paint.js paints them in the first frame, Preact takes them over a moment later.
    await popup.waitForFunction(() => performance.getEntriesByName('still-us:popup-ready').length);
    const buttons = popup.locator('.actions button');
    await buttons.nth((await buttons.count()) - 2).click();
    await popup.locator('.snooze button').first().waitFor();
    const fit = await horizontalOverflow(popup);
    if (fit.outside.length > 0 || fit.scrollWidth > fit.innerWidth)
      overflow['popup, Not now'] = fit;
    await popup.close();

    expect(overflow).toEqual({});
  });
});
