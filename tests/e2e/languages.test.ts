/// <reference types="chrome" />
// Still Us in a Spanish, a German and a French Chromium: every nudge drawn, the message copied,
// the options and welcome pages read in that language, and nothing scrolls sideways on a narrow
// screen or at 200% zoom; in German (the longest words) axe finds nothing, light and dark.
//
// One browser per language, launched in turn: Chromium takes its language from LANGUAGE (and
// --lang) when it starts, and vitest runs a file's describe blocks one after the other in one
// process, so setting LANGUAGE just before each launch is enough.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, background, BACKGROUND, type Violation } from './support/a11y';
import {
  launchExtension,
  popupText,
  readClipboard,
  waitFor,
  type LoadedExtension,
} from './support/extension';
import { allKindsBut } from './support/labels';
import {
  alarmTime,
  anotherIdea,
  fireAlarm,
  englishOnlyWords,
  kindLabel,
  LANGUAGES,
  libraryWords,
  setPreferences,
  settled,
  sideways,
  storedPreferences,
  uiWord,
  waitingNudge,
  withName,
  type Language,
  type WaitingNudge,
} from './support/language-run';

const NAME = 'Sam';
const DRAWS = 40;
const RITUAL_ALARM = 'ritual';
const pad = (n: number): string => String(n).padStart(2, '0');
/** The welcome page's sample nudge (utils/library/welcome-sample.ts). */
const WELCOME_SAMPLE_ID = 'reassurance-01';

/** Interface words the options page shows as it opens, sampled from most of its sections. */
const OPTIONS_SAMPLE = [
  'options.intro',
  'options.pause.heading',
  'options.pause.hour',
  'options.pause.morning',
  'options.prefs_heading',
  'options.partner.label',
  'options.per_day.label',
  'options.max_per_day.label',
  'options.quiet.legend',
  'options.quiet.add',
  'options.kinds.legend',
  'options.flirty.legend',
  'options.work.legend',
  'options.delivery.legend',
  'options.notification_words.legend',
  'options.calls.legend',
  'options.check_in.legend',
  'options.custom.heading',
  'options.learn.heading',
  'insights.heading',
  'history.heading',
  'data.heading',
  'theme.legend',
  'options.message_language.label',
  'options.message_language.hint',
];
/** The options page's section headings, in page order (components/options/sections/section-list.ts). */
const OPTIONS_HEADINGS = [
  'options.glance.heading',
  'options.prefs_heading',
  'options.sections.when',
  'options.custom.heading',
  'options.sections.history',
  'data.heading',
  'options.sections.look',
];

/** The welcome page's views in order: each one's heading and a sample of its words. */
const WELCOME_STEPS = [
  {
    step: 'name',
    heading: 'welcome.name_heading',
    sample: ['welcome.intro', 'welcome.name_label', 'welcome.name_hint', 'welcome.skip_rest'],
  },
  {
    step: 'quiet',
    heading: 'welcome.quiet_heading',
    sample: ['welcome.quiet_hint', 'welcome.quiet_from', 'options.check_in.toggle'],
  },
  {
    step: 'delivery',
    heading: 'welcome.delivery_heading',
    sample: ['welcome.delivery_popup', 'welcome.delivery_notification', 'welcome.delivery_badge'],
  },
  {
    step: 'done',
    heading: 'welcome.done_heading',
    sample: [
      'welcome.done_sample',
      'welcome.done_gentle',
      'welcome.pin_heading',
      'welcome.pin_chrome',
    ],
  },
] as const;

/** What a page says in the wrong language: sampled words missing, English words present. */
async function wrongWords(page: Page, lang: Language, sample: readonly string[]) {
  const seen = await page.locator('body').innerText();
  const missing = sample.filter((key) => !seen.includes(uiWord(lang, key)));
  const english = Object.entries(englishOnlyWords(lang))
    .filter(([, words]) => seen.includes(words))
    .map(([name, words]) => `${name}: ${words}`);
  return { missing, english };
}

async function openOptions(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  await page.getByTestId('history').locator('li').first().waitFor();
  return page;
}

/** Opens the welcome page and calls `visit` on each of its views, moving on with its own button. */
async function walkWelcome(
  ext: LoadedExtension,
  lang: Language,
  visit: (page: Page, step: (typeof WELCOME_STEPS)[number]) => Promise<void>,
): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('welcome.html'));
  for (const [i, step] of WELCOME_STEPS.entries()) {
    await page
      .locator('h2')
      .filter({ hasText: uiWord(lang, step.heading) })
      .waitFor();
    if (step.step === 'done') await page.getByTestId('nudge-text').waitFor();
    await visit(page, step);
    if (step.step === 'done') break;
    const last = i === WELCOME_STEPS.length - 2;
    await page
      .getByRole('button', { name: uiWord(lang, last ? 'welcome.finish' : 'welcome.next') })
      .click();
  }
  await page.close();
}

/** Real Chromium widths: a phone-narrow 360 px, and a 1280 px window at 200% (640 CSS px). */
const WIDTHS = [
  { name: '360 px', width: 360, height: 720, deviceScaleFactor: 1 },
  { name: '200% zoom', width: 640, height: 400, deviceScaleFactor: 2 },
] as const;

/** Where `page` scrolls sideways at each width: the widest elements, by width. */
async function misfits(ext: LoadedExtension, page: Page): Promise<Record<string, string[]>> {
  const cdp = await ext.context.newCDPSession(page);
  const found: Record<string, string[]> = {};
  try {
    for (const { name, ...metrics } of WIDTHS) {
      await cdp.send('Emulation.setDeviceMetricsOverride', { ...metrics, mobile: false });
      await page.waitForFunction(
        ({ width, dpr }) => innerWidth === width && devicePixelRatio === dpr,
        { width: metrics.width, dpr: metrics.deviceScaleFactor },
      );
      const fit = await sideways(page);
      if (fit.scrollWidth > fit.clientWidth)
        found[name] = [`scrollWidth ${fit.scrollWidth} > ${fit.clientWidth}`, ...fit.widest];
    }
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
  }
  return found;
}

/** axe in the light and the dark look (as the device is set; the theme is left to match it). */
async function axeBothLooks(page: Page): Promise<Record<string, Violation[]>> {
  const found: Record<string, Violation[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Buttons ease their colours into the new look: axe must see where they end up.
    await settled(page);
    const violations = await axeViolations(page);
    const look = await background(page);
    if (look !== BACKGROUND[colorScheme])
      violations.push({ rule: 'look', impact: null, help: `background ${look}`, nodes: [] });
    if (violations.length > 0) found[colorScheme] = violations;
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

describe.each(LANGUAGES)('Still Us in a Chromium in “%s”', (lang) => {
  let ext: LoadedExtension;
  /** The popup's own page in a tab a test can click in (the action popup is not in pages()). */
  let popup: Page;
  const word = (key: string): string => uiWord(lang, key);

  beforeAll(async () => {
    process.env.LANGUAGE = lang;
    ext = await launchExtension(undefined, { args: [`--lang=${lang}`] });
    const setup = await ext.context.newPage();
    await setup.goto(ext.url('options.html'));
    await setPreferences(setup, { partnerName: NAME });
    await waitFor(async () => (await storedPreferences(setup)).partnerName === NAME, 'the name');
    await setup.close();
    popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(ext.url('popup.html'));
    await popup.getByTestId('nudge-text').waitFor();
  });

  afterAll(async () => {
    delete process.env.LANGUAGE;
    await ext?.close();
  });

  it(`${DRAWS} asks for another idea each bring a nudge in its words, the name filled in`, async () => {
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    const wrong: unknown[] = [];
    const ids = new Set<string>();
    const kinds = new Set<string>();
    /** The waiting nudge and what the popup shows, against the build's words for its id. */
    const check = async (nudge: WaitingNudge): Promise<void> => {
      ids.add(nudge.id);
      kinds.add(nudge.category);
      const want = libraryWords(lang, nudge, NAME);
      const expected = { text: want.text, message: want.message };
      const stored = { text: nudge.text, message: nudge.message };
      const message = popup.getByTestId('nudge-message');
      const shown = {
        text: await popup.getByTestId('nudge-text').textContent(),
        message: (await message.count()) > 0 ? await message.textContent() : undefined,
        kind: await popup.locator('#nudge-label').textContent(),
      };
      const wantShown = { ...expected, kind: kindLabel(lang, nudge.category) };
      if (JSON.stringify(stored) !== JSON.stringify(expected))
        wrong.push({ id: nudge.id, stored, expected });
      if (JSON.stringify(shown) !== JSON.stringify(wantShown))
        wrong.push({ id: nudge.id, shown, expected: wantShown });
    };
    // The one the popup drew as it opened, then each other idea.
    await check(await waitFor(() => waitingNudge(popup), 'the first nudge'));
    for (let i = 0; i < DRAWS; i++) await check(await anotherIdea(popup, word('popup.another')));
    expect(wrong).toEqual([]);
    // Varied: each draw a new nudge, across the kinds.
    expect(ids.size).toBe(DRAWS + 1);
    expect(kinds.size).toBeGreaterThanOrEqual(6);
  });

  it('Copy puts the message in this language on the clipboard', async () => {
    await setPreferences(popup, { kindsOff: allKindsBut('flirty-text') });
    await waitFor(
      async () =>
        JSON.stringify((await storedPreferences(popup)).kindsOff) ===
        JSON.stringify(allKindsBut('flirty-text')),
      'only flirty texts',
    );
    const nudge = await anotherIdea(popup, word('popup.another'));
    expect(nudge.category).toBe('flirty-text');
    const want = libraryWords(lang, nudge, NAME).message;
    expect(want).toBeDefined();
    expect(nudge.message).toBe(want);
    await popup.getByRole('button', { name: word('popup.copy_label'), exact: true }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toBe(word('popup.copied'));
    expect(await readClipboard(popup)).toBe(want);
  });

  it('the daily check-in question comes with its lead, the name filled in', async () => {
    // Every day, five minutes from now, no quiet hours: the ritual alarm fired early counts.
    const soon = new Date(Date.now() + 5 * 60_000);
    const time = `${pad(soon.getHours())}:${pad(soon.getMinutes())}`;
    await setPreferences(popup, {
      quietHours: [],
      checkIn: { days: [0, 1, 2, 3, 4, 5, 6], time },
    });
    await waitFor(async () => (await alarmTime(popup, RITUAL_ALARM)) !== null, 'the ritual alarm');
    await popup.bringToFront(); // the popup opens over a focused window
    await fireAlarm(popup, RITUAL_ALARM);
    const question = await waitFor(async () => {
      const waiting = await waitingNudge(popup);
      return waiting?.ritual === 'check-in' ? waiting : null;
    }, 'the check-in question');
    expect(question.category).toBe('check-in');
    const want = libraryWords(lang, question, NAME);
    expect(want.text.startsWith(withName(word('ritual.check_in_lead'), NAME))).toBe(true);
    expect({ text: question.text, message: question.message }).toEqual(want);
    const shown = await waitFor(() => popupText(popup), 'the popup to show it');
    expect(shown).toContain(want.text);
    await popup.evaluate(() =>
      chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()),
    );
  });

  it('the options page reads in it: its language, title, headings, and no English', async () => {
    const page = await openOptions(ext);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(word('options.title'));
    expect(await page.locator('h1').allTextContents()).toEqual([word('common.extension_name')]);
    expect(await page.locator('h2').allTextContents()).toEqual(OPTIONS_HEADINGS.map(word));
    expect(await wrongWords(page, lang, OPTIONS_SAMPLE)).toEqual({ missing: [], english: [] });
    await page.close();
  });

  it('the welcome page reads in it, step by step', async () => {
    const found: Record<string, unknown> = {};
    await walkWelcome(ext, lang, async (page, { step, heading, sample }) => {
      const wrong = await wrongWords(page, lang, sample);
      const views = {
        lang: [await page.evaluate(() => document.documentElement.lang), lang],
        title: [await page.title(), word('welcome.page_title')],
        h1: [await page.locator('h1').allTextContents(), [word('welcome.title')]],
        h2: [await page.locator('h2').allTextContents(), [word(heading)]],
        missing: [wrong.missing, []],
        english: [wrong.english, []],
        ...(step === 'done' && {
          sample: [
            await page.getByTestId('nudge-text').textContent(),
            libraryWords(lang, { id: WELCOME_SAMPLE_ID }, NAME).text,
          ],
        }),
      };
      const off = Object.entries(views).filter(
        ([, [seen, want]]) => JSON.stringify(seen) !== JSON.stringify(want),
      );
      for (const [what, [seen, want]] of off) found[`${step}: ${what}`] = { seen, want };
    });
    expect(found).toEqual({});
  });

  // German only (its long words are what could break a label or a layout): axe takes ~7 s a run.
  if (lang === 'de')
    it('axe finds nothing on the popup, the options and the welcome page, light and dark', async () => {
      const found: Record<string, Record<string, Violation[]>> = {};
      const check = async (name: string, page: Page): Promise<void> => {
        const violations = await axeBothLooks(page);
        if (Object.keys(violations).length > 0) found[name] = violations;
      };
      await check('popup', popup);
      await popup.getByRole('button', { name: word('common.not_now'), exact: true }).click();
      await popup.getByRole('button', { name: word('popup.back'), exact: true }).waitFor();
      await check('popup, "Not now" choices', popup);
      await popup.getByRole('button', { name: word('popup.back'), exact: true }).click();
      await popup.getByTestId('nudge-text').waitFor();

      const options = await openOptions(ext);
      await options.setViewportSize({ width: 1280, height: 800 });
      await check('options', options);
      await options.close();
      await walkWelcome(ext, lang, (page, { step }) => check(`welcome, ${step}`, page));
      expect(found).toEqual({});
    });

  it('nothing scrolls sideways at 360 px or at 200% zoom', async () => {
    const found: Record<string, Record<string, string[]>> = {};
    const check = async (name: string, page: Page): Promise<void> => {
      const misfit = await misfits(ext, page);
      if (Object.keys(misfit).length > 0) found[name] = misfit;
    };
    await check('popup', popup);
    await popup.getByRole('button', { name: word('common.not_now'), exact: true }).click();
    await popup.getByRole('button', { name: word('popup.back'), exact: true }).waitFor();
    await check('popup, "Not now" choices', popup);

    const options = await openOptions(ext);
    await check('options', options);
    await options.close();
    await walkWelcome(ext, lang, (page, { step }) => check(`welcome, ${step}`, page));
    expect(found).toEqual({});
  });
});
