/// <reference types="chrome" />
// `chrome` here is the real API inside Firefox (code passed to evaluate): Firefox has both
// namespaces, and in MV3 `chrome.*` returns promises too.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { FIREFOX_DIR, NUDGE_ALARM, waitFor } from './extension';

/** The system Firefox ESR; `npm test` sets FIREFOX_PATH (installing it when missing). */
export const firefoxPath = (): string => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The add-on in a real headless Firefox, and the tab it opened itself on install. */
export interface FirefoxExtension {
  browser: Browser;
  /** The gecko id the add-on was installed under. */
  id: string;
  /** The welcome tab; tests move it between the extension's pages with `goTo`. */
  tab: Page;
  /** Quits Firefox and deletes its profile. */
  close: () => Promise<void>;
}

/** The gecko id the build declares, to compare with what Firefox installed. */
export async function declaredGeckoId(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** Starts Firefox on a fresh profile and installs the build as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxExtension> {
  const profile = await mkdtemp(join(tmpdir(), 'still-us-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // Firefox 153 already lets a page read back what its own origin copied; this testing
    // pref keeps `clipboard.readText()` from ever waiting on the paste prompt instead.
    extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true },
  });
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const id = await browser.installExtension(FIREFOX_DIR);
    // BiDi will not navigate to moz-extension:// itself: drive the tab the add-on opens.
    const tab = await waitFor(() => extensionTab(browser, '/welcome.html'), 'the welcome tab');
    return { browser, id, tab, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The address a page really shows (puppeteer may report about:blank for moz-extension pages). */
export const locationOf = (page: Page): Promise<string> =>
  page.evaluate(() => location.href).catch(() => '');

/** Every open tab showing the extension's page `path`. */
export async function extensionTabs(browser: Browser, path: string): Promise<Page[]> {
  const pages = await browser.pages();
  const hrefs = await Promise.all(pages.map(locationOf));
  return pages.filter((_, i) => {
    const url = hrefs[i]!;
    return url.startsWith('moz-extension://') && new URL(url).pathname === path;
  });
}

const extensionTab = async (browser: Browser, path: string): Promise<Page | null> =>
  (await extensionTabs(browser, path))[0] ?? null;

/**
 * Moves `page` to the extension's `path` from inside (or reloads it when `path` is where it
 * is) and waits for the new document. The old one is marked, so a reload is seen too.
 */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    Object.assign(window, { stillUsLeaving: true });
    location.href = chrome.runtime.getURL(to);
  }, path);
  await waitFor(
    () =>
      page
        .evaluate(
          (to) =>
            !('stillUsLeaving' in window) &&
            location.pathname + location.hash === to &&
            document.readyState === 'complete',
          path,
        )
        .catch(() => false),
    `${path} to load`,
  );
}

/**
 * The first match of `selector`, once there is one. Polled with `page.$` because puppeteer's
 * own waiting (`waitForSelector`, locators) can stay stuck on the document a page left when
 * the page itself navigated, which is the only way to move between moz-extension pages.
 */
export const element = (page: Page, selector: string): Promise<ElementHandle> =>
  waitFor(() => page.$(selector).catch(() => null), selector);

/** Clicks the first match of `selector`, once there is one. */
export async function click(page: Page, selector: string): Promise<void> {
  await (await element(page, selector)).click();
}

/** Replaces the text of a field, typing as a person does (so the page's input events run). */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  const field = await element(page, selector);
  await field.evaluate((el) => (el as HTMLInputElement).select());
  await field.type(text);
}

/** The text a selector's first match shows, or '' while there is none. */
export const textOf = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (el) => (el as HTMLElement).innerText.trim()).catch(() => '');

/** A history entry, the fields these tests look at. */
export interface StoredEntry {
  action: string;
  delivery?: string;
  message?: string;
}

/** Every history entry, read straight from IndexedDB in an extension page. */
export function storedHistory(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEntry[]>((resolve, reject) => {
        const open = indexedDB.open('still-us-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('entries')) return resolve([]);
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Moves every history entry `ms` into the past (re-keyed, as the product keys them by time),
 * so a nudge fired early in a test is not refused for coming within the 30-minute gap. The
 * waiting nudge and the popup's mark move with it: a waiting nudge younger than its history
 * would read as one a stopped worker never recorded (handle-alarm.ts finishes those).
 */
export async function ageHistory(page: Page, ms: number): Promise<void> {
  await page.evaluate(async (by) => {
    const { pendingNudge, popupShown } = await chrome.storage.local.get([
      'pendingNudge',
      'popupShown',
    ]);
    const older = (v: unknown) =>
      v && typeof v === 'object' ? { ...v, shownAt: (v as { shownAt: number }).shownAt - by } : v;
    await chrome.storage.local.set({
      ...(pendingNudge ? { pendingNudge: older(pendingNudge) } : {}),
      ...(popupShown ? { popupShown: older(popupShown) } : {}),
    });
  }, ms);
  return page.evaluate(
    (by) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('still-us-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            for (const key of keys.result as [number, number][]) {
              const get = store.get(key);
              get.onsuccess = () => {
                const entry = get.result as { at: number };
                store.delete(key);
                store.put({ ...entry, at: entry.at - by }, [key[0] - by, key[1]]);
              };
            }
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    ms,
  );
}

/** What the extension keeps in storage.sync under `preferences`. */
export interface StoredPreferences {
  partnerName: string;
  quietHours: unknown[];
  kindsOff: string[];
  delivery: string;
}

export function storedPreferences(page: Page): Promise<StoredPreferences | undefined> {
  return page.evaluate(
    async () =>
      (await chrome.storage.sync.get('preferences')).preferences as StoredPreferences | undefined,
  );
}

/** The armed nudge alarm, as the add-on sees it. */
export function getAlarm(page: Page): Promise<{ scheduledTime: number } | null> {
  return page.evaluate(async (name) => (await chrome.alarms.get(name)) ?? null, NUDGE_ALARM);
}

/**
 * Waits until the add-on has finished re-arming after preference changes: each re-arm draws
 * a new jittered time, so an alarm that keeps its time for a while is the final one. A
 * re-arm landing after `fireAlarmSoon` would replace the early alarm, and nothing would come.
 */
export async function alarmSettled(page: Page, quietMs = 750): Promise<number> {
  let last = (await getAlarm(page))?.scheduledTime;
  return waitFor(async () => {
    await new Promise((r) => setTimeout(r, quietMs));
    const current = (await getAlarm(page))?.scheduledTime;
    const settled = current !== undefined && current === last;
    last = current;
    return settled ? current : null;
  }, 'the nudge alarm to settle');
}

/** Makes the nudge alarm fire now instead of hours from now (temporary add-ons: no minimum). */
export async function fireAlarmSoon(page: Page): Promise<void> {
  await page.evaluate(
    (name) => chrome.alarms.create(name, { when: Date.now() + 100 }),
    NUDGE_ALARM,
  );
}

/** The text of the open toolbar popup, or null when none is open. */
export function popupText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const views = chrome.extension.getViews({ type: 'popup' });
    return views[0]?.document.querySelector('main')?.textContent ?? null;
  });
}

/** How many toolbar popups are open. */
export const popupCount = (page: Page): Promise<number> =>
  page.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length);

export const badgeText = (page: Page): Promise<string> =>
  page.evaluate(() => chrome.action.getBadgeText({}));

/** The real clipboard, read back in the page. */
export const readClipboard = (page: Page): Promise<string> =>
  page.evaluate(() => navigator.clipboard.readText());
