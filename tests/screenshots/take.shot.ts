// `npm run screenshots`: the README's pictures, from the built extension in real Chromium,
// each page in light and in dark (the device's colour scheme, as Chromium emulates it); and
// the store's pictures (store/<lang>/), light, each from a Chromium in that language.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  fireAlarmSoon,
  getAlarm,
  launchExtension,
  popupTargets,
  storedHistory,
  waitFor,
  type LoadedExtension,
} from '../e2e/support/extension';
import { allKindsBut } from '../e2e/support/labels';
import { chromiumPath } from '../support/browsers.mjs';

const README_OUT = 'tests/screenshots';
const STORE_OUT = 'store';
type Look = 'light' | 'dark';
type Shot = 'popup' | 'options' | 'welcome' | 'welcome-done';

/** One browser run: its language, the partner's name in it, and where each picture goes. */
interface Run {
  lang: 'en' | 'es' | 'de' | 'fr';
  partner: string;
  looks: readonly Look[];
  /** The files a picture is saved to (the first is taken, the others are copies of it). */
  files: (shot: Shot, look: Look) => string[];
}

const storeFile = (lang: string, shot: Shot): string => `${STORE_OUT}/${lang}/${shot}.png`;

/** English: the README's pictures, light and dark; the light ones are the store's too. */
const ENGLISH: Run = {
  lang: 'en',
  partner: 'Sam',
  looks: ['light', 'dark'],
  files: (shot, look) => [
    `${README_OUT}/${shot}-${look}.png`,
    ...(look === 'light' ? [storeFile('en', shot)] : []),
  ],
};

/** The other languages: the store's pictures only, light, with a name at home in each. */
const STORE_RUNS: Run[] = (
  [
    ['es', 'Alex'],
    ['de', 'Kim'],
    ['fr', 'Camille'],
  ] as const
).map(([lang, partner]) => ({
  lang,
  partner,
  looks: ['light'],
  files: (shot) => [storeFile(lang, shot)],
}));

/** The kinds on in the pictures (the options page shows them): a friendly few. */
const KINDS_OFF = ['name-it', 'appreciation', 'touch', 'mental-load', 'tiny-date', 'you-time'];

/** Moves every history entry `ms` into the past, re-keyed as the product keys them by time. */
function ageHistory(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    (by) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('still-us-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('entries')) return resolve();
          const tx = open.result.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          const all = store.getAll();
          const keys = store.getAllKeys();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          keys.onsuccess = () => {
            store.clear();
            (keys.result as [number, number][]).forEach((key, i) => {
              const entry = all.result[i] as { at: number };
              store.put({ ...entry, at: entry.at - by }, [key[0] - by, key[1]]);
            });
          };
        };
      }),
    ms,
  );
}

/**
 * Sets the preferences and waits for the worker to arm the next nudge for them: a change
 * re-arms it, and a re-arm landing after fireAlarmSoon would put that alarm hours off again.
 */
async function setPreferences(
  ext: LoadedExtension,
  partnerName: string,
  kindsOff: string[],
): Promise<void> {
  await ext.worker.evaluate(() => chrome.alarms.clearAll());
  await ext.worker.evaluate((preferences) => chrome.storage.sync.set({ preferences }), {
    partnerName,
    perDay: 4,
    maxPerDay: 6,
    quietHours: [],
    kindsOff,
    delivery: 'popup',
    pausedUntil: null,
  });
  await waitFor(async () => (await getAlarm(ext)) !== null, 'the next nudge armed');
}

/**
 * Preferences that make a friendly picture, and let the alarm deliver at any hour; then a
 * little real history: three nudges delivered by the alarm, the last a flirty text (its
 * message and Copy button in the popup's picture), in the browser's language.
 */
async function seed(ext: LoadedExtension, page: Page, partnerName: string): Promise<void> {
  await setPreferences(ext, partnerName, KINDS_OFF);
  for (let i = 0; i < 3; i++) {
    if (i === 2) await setPreferences(ext, partnerName, allKindsBut('flirty-text'));
    // Each moved an hour back, so the next is not refused for coming within 30 minutes of it.
    await ageHistory(page, 60 * 60_000);
    await ext.worker.evaluate(() => chrome.storage.local.remove(['pendingNudge', 'popupShown']));
    // openPopup() needs a focused window. A Chromium started with --lang=de but no `locale`
    // for its pages lost it once the first popup closed (the next nudge came as a
    // notification); launchExtension's `lang` sets both, and the page comes to the front anyway.
    await page.bringToFront();
    await fireAlarmSoon(ext);
    await waitFor(async () => (await popupTargets(ext, page)).length > 0, 'the popup');
    await page.evaluate(() =>
      chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()),
    );
    await waitFor(async () => (await popupTargets(ext, page)).length === 0, 'the popup to close');
    // The worker records a nudge once it is delivered, then arms the next: wait for both.
    await waitFor(async () => (await storedHistory(page)).length > i, 'the nudge in history');
    await waitFor(async () => {
      const next = await getAlarm(ext);
      return next !== null && next.scheduledTime > Date.now() + 60_000;
    }, 'the next nudge armed');
  }
  // The flirty text stays waiting: the popup shows it. The options page shows the usual kinds.
  await setPreferences(ext, partnerName, KINDS_OFF);
}

/** Saves a picture to its first file and copies it to the others. */
async function save(files: string[], take: (path: string) => Promise<unknown>): Promise<void> {
  const [first, ...copies] = files;
  if (!first) return;
  await take(first);
  for (const copy of copies) await copyFile(first, copy);
}

/** The interface's words in the build's `_locales/<lang>/messages.json` (locales/<lang>.yml). */
async function words(lang: string): Promise<(key: string) => string> {
  const file = join(EXTENSION_DIR, '_locales', lang, 'messages.json');
  const messages = JSON.parse(await readFile(file, 'utf8')) as Record<string, { message: string }>;
  return (key) => {
    const found = messages[key]?.message;
    if (found === undefined) throw new Error(`${key} is not in ${file}`);
    return found;
  };
}

/**
 * Whether this Chromium has its own words in `lang` (`locales/<lang>.pak`). Without them
 * (Debian ships them apart, in chromium-l10n) the extension still speaks `lang`, but the
 * browser's controls in its pages (a file field's button, a date field's placeholder) don't.
 */
function chromiumSpeaks(lang: string): boolean {
  const dirs = [dirname(chromiumPath()), '/usr/lib/chromium'];
  return dirs.some((dir) => existsSync(join(dir, 'locales', `${lang}.pak`)));
}

async function takeRun({ lang, partner, looks, files }: Run): Promise<void> {
  const say = await words(lang);
  if (lang !== 'en' && !chromiumSpeaks(lang))
    console.warn(
      `Chromium has no ${lang} words of its own: its file and date fields stay English in ` +
        `the pictures. On Debian: apt-get install chromium-l10n.`,
    );
  const dirs = new Set(
    looks.flatMap((look) => files('popup', look).map((f) => f.slice(0, f.lastIndexOf('/')))),
  );
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  const ext = await launchExtension(undefined, lang === 'en' ? {} : { lang });
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await seed(ext, page, partner);
    for (const look of looks) {
      await page.emulateMedia({ colorScheme: look });

      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(ext.url('popup.html'));
      await page.getByRole('button', { name: say('common_done'), exact: true }).waitFor();
      await page.getByRole('button', { name: say('popup_copy_label') }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await save(files('popup', look), (path) => page.locator('main').screenshot({ path }));

      await page.setViewportSize({ width: 900, height: 1100 });
      await page.goto(ext.url('options.html'));
      // The seeded nudges were only seen: history lists them when asked.
      await page.getByLabel(say('history_with_seen')).check();
      await page.getByTestId('history').locator('li').first().waitFor();
      await page.getByRole('heading', { name: say('options_pause_heading') }).waitFor();
      await save(files('options', look), (path) => page.screenshot({ path, fullPage: true }));
      expect(await page.getByTestId('history').locator('li').count()).toBeGreaterThanOrEqual(3);

      if (!existsSync(join(EXTENSION_DIR, 'welcome.html'))) {
        console.warn('welcome.html is not in the build yet: no welcome screenshots taken.');
        continue;
      }
      await page.setViewportSize({ width: 900, height: 700 });
      await page.goto(ext.url('welcome.html'));
      await page.getByRole('heading', { name: say('welcome_name_heading') }).waitFor();
      await save(files('welcome', look), (path) => page.screenshot({ path, fullPage: true }));
      // Its end, with how to pin the icon (the README's only: the store shows the first step).
      if (lang !== 'en') continue;
      await page.getByRole('button', { name: say('welcome_skip_rest') }).click();
      await page.locator('.welcome-done svg[role="img"]').waitFor();
      await page.locator('.welcome-done .nudge').waitFor();
      await save([`${README_OUT}/welcome-done-${look}.png`], (path) =>
        page.screenshot({ path, fullPage: true }),
      );
    }
  } finally {
    await ext.close();
  }
}

it('takes the popup, options and welcome screenshots, light and dark', () => takeRun(ENGLISH));

// One browser each: Chromium takes its language when it starts (launchExtension's `lang`).
it.each(STORE_RUNS)('takes the store pictures in $lang, light', (run) => takeRun(run));
