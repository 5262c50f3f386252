/// <reference types="chrome" />
// `chrome` here is the real API inside the browser (code passed to evaluate), not the product's `browser`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumExtensionArgs, chromiumPath } from '../../support/browsers.mjs';

/** The build under test; STILL_US_OUT as in wxt.config.ts. */
export const EXTENSION_DIR = resolve(process.env.STILL_US_OUT ?? '.output', 'chrome-mv3');
/** The Firefox build (`npm run build:firefox`) beside it. */
export const FIREFOX_DIR = resolve(process.env.STILL_US_OUT ?? '.output', 'firefox-mv3');
export const NUDGE_ALARM = 'next-nudge';

/** The built extension loaded in real headless Chromium, with handles a test needs. */
export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  url: (path: string) => string;
  /** The browser profile folder: launch again on it to restart the browser. */
  profile: string;
  /** Quits the browser and keeps the profile (a restart launches again on it). */
  quit: () => Promise<void>;
  /** Quits the browser and deletes the profile. */
  close: () => Promise<void>;
}

/**
 * Launches Chromium with the built extension, on a fresh profile or on `profile` again.
 * A fresh install opens the welcome tab by itself; it is closed (so every other test sees
 * the browser as before) unless `keepWelcome` is set. `args`: more Chromium flags.
 * `lang` (`es`, `de`…): a Chromium in that language, so the extension reads `_locales/<lang>`:
 * `--lang`, `LANGUAGE` for this browser's process only (what Chromium reads on Linux), and
 * playwright's `locale`, so its pages' navigator.language, Intl formats and getUILanguage() say
 * it too. Without it the browser gets this process's environment, as before.
 */
export async function launchExtension(
  existing?: string,
  { keepWelcome = false, args = [] as string[], lang = undefined as string | undefined } = {},
): Promise<LoadedExtension> {
  const profile = existing ?? (await mkdtemp(join(tmpdir(), 'still-us-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumExtensionArgs([EXTENSION_DIR]), ...(lang ? [`--lang=${lang}`] : []), ...args],
    ...(lang && { env: { ...process.env, LANGUAGE: lang }, locale: lang }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  if (!existing && !keepWelcome) {
    // Closed only once it has drawn: closing it while it still loads left Chromium's renderer
    // without the extension's messages for the next pages (every text empty, 2 runs in 6).
    const welcome = await welcomeTab(context, id);
    await welcome.locator('h1').filter({ hasText: /\S/ }).waitFor();
    await welcome.close();
  }
  return {
    context,
    worker,
    id,
    url: (path) => `chrome-extension://${id}/${path}`,
    profile,
    quit: () => context.close(),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The welcome tab the extension opens on install, once it is there. */
export function welcomeTab(context: BrowserContext, id: string): Promise<Page> {
  const url = `chrome-extension://${id}/welcome.html`;
  return waitFor(async () => context.pages().find((p) => p.url() === url), 'the welcome tab');
}

/** Polls `probe` until it returns something other than undefined/null/false. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The worker running now: after it was stopped, a new one starts on the next event. */
export async function liveWorker(ext: LoadedExtension): Promise<Worker> {
  const running = ext.context.serviceWorkers().find((w) => w.url().includes(ext.id));
  return running ?? (await ext.context.waitForEvent('serviceworker'));
}

/** Stops every service worker, as Chromium does after 30 s idle (CDP). */
export async function stopWorkers(ext: LoadedExtension, page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Every history entry, read straight from IndexedDB in an extension page. */
export function storedHistory(page: Page): Promise<{ action: string; delivery?: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
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

/** The armed nudge alarm as the worker sees it. */
export function getAlarm(ext: LoadedExtension): Promise<{ scheduledTime: number } | null> {
  return ext.worker.evaluate(async (name) => (await chrome.alarms.get(name)) ?? null, NUDGE_ALARM);
}

/** Makes the nudge alarm fire now instead of hours from now (unpacked: no 30 s minimum). */
export async function fireAlarmSoon(ext: LoadedExtension): Promise<void> {
  await ext.worker.evaluate(
    (name) => chrome.alarms.create(name, { when: Date.now() + 100 }),
    NUDGE_ALARM,
  );
}

/**
 * The URL the toolbar button opens now: the one the worker set while a nudge waits (the nudge
 * rides in its hash), else the bare popup.html. Read through an extension page or the worker.
 * Tests open this rather than a bare popup.html, which paints the idea drawn ahead first and
 * swaps to the waiting nudge after: a race a slow machine loses.
 */
export function toolbarPopupUrl(from: Page | Worker): Promise<string> {
  const read = (): Promise<string> => chrome.action.getPopup({});
  // Two calls, one type each: TypeScript cannot call evaluate on the union.
  return 'goto' in from ? from.evaluate(read) : from.evaluate(read);
}

/**
 * URLs of popup pages Chromium has open, as CDP lists them (the action popup is not in
 * context.pages()). A waiting nudge rides in the URL's hash.
 */
export async function popupTargets(ext: LoadedExtension, page: Page): Promise<string[]> {
  const cdp = await ext.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { type: string; url: string }[];
  };
  await cdp.detach();
  return targetInfos
    .filter((t) => t.type === 'page' && t.url.split('#')[0] === ext.url('popup.html'))
    .map((t) => t.url);
}

/** Pastes the clipboard into a scratch field of `page` and returns it (real Ctrl+V, no permission needed). */
export async function readClipboard(page: Page): Promise<string> {
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'e2e-paste';
    document.body.append(field);
  });
  const field = page.locator('#e2e-paste');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
  const pasted = await field.inputValue();
  await field.evaluate((el) => el.remove());
  return pasted;
}

/** The visible text of the open action popup, read from another extension page. */
export function popupText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const [view] = chrome.extension.getViews({ type: 'popup' });
    return view?.document.querySelector('main')?.textContent ?? null;
  });
}

export async function historyText(page: Page): Promise<string> {
  return (await page.getByTestId('history').textContent())?.trim() ?? '';
}
