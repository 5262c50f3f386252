/// <reference types="chrome" />
// Words a page should show in a language, read from the build under test (never from the
// running extension), and the steps the language E2E tests share (languages.test.ts,
// message-language.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, NUDGE_ALARM, waitFor } from './extension';

/** The languages Still Us ships besides English (utils/platform/languages.ts). */
export const LANGUAGES = ['es', 'de', 'fr'] as const;
export type Language = 'en' | (typeof LANGUAGES)[number];

/** `_locales/<lang>/messages.json` of the build: the interface's and the nudges' words. */
type Messages = Readonly<Record<string, { message: string }>>;
const built = new Map<Language, Messages>();

function messagesOf(lang: Language): Messages {
  const cached = built.get(lang);
  if (cached) return cached;
  const path = join(EXTENSION_DIR, '_locales', lang, 'messages.json');
  const read = JSON.parse(readFileSync(path, 'utf8')) as Messages;
  built.set(lang, read);
  return read;
}

/** One interface message of the build (`popup.another` is `popup_another`); throws when missing. */
export function uiWord(lang: Language, key: string): string {
  const name = key.replaceAll('.', '_');
  const found = messagesOf(lang)[name]?.message;
  if (found === undefined) throw new Error(`_locales/${lang}/messages.json has no ${name}`);
  return found;
}

/**
 * Every interface message (not a nudge's words) that could be seen whole on a page: no
 * placeholder, not a plural list, a few words long, and English only where another language
 * reads differently. Keyed by message name.
 */
export function englishOnlyWords(lang: Language): Record<string, string> {
  const en = messagesOf('en');
  const other = messagesOf(lang);
  return Object.fromEntries(
    Object.entries(en)
      .filter(([name]) => !name.startsWith('nudge_'))
      .map(([name, { message }]) => [name, message] as const)
      .filter(
        ([name, message]) =>
          !/[$|{]/.test(message) &&
          message.length >= 12 &&
          message.includes(' ') &&
          other[name]?.message !== message,
      ),
  );
}

/** `{partner}`, or in German `{partner:akk}` / `{partner:dat}`: a name takes no case. */
const PARTNER = /\{partner(?::(?:akk|dat))?\}/g;
export const withName = (words: string, name: string): string => words.replace(PARTNER, () => name);

/** A nudge as the waiting nudge in storage.local holds it (utils/library/shown-nudge.ts). */
export interface WaitingNudge {
  id: string;
  category: string;
  text: string;
  message?: string;
  ritual?: string;
  shownAt: number;
  delivery: string;
}

/** A library nudge's words in `lang` as the build has them, `{partner}` filled with `name`. */
export function libraryWords(
  lang: Language,
  nudge: Pick<WaitingNudge, 'id' | 'ritual'>,
  name: string,
): { text: string; message?: string } {
  const key = (part: 'text' | 'message'): string =>
    `nudge_${nudge.id.replaceAll('-', '_')}_${part}`;
  const text = messagesOf(lang)[key('text')]?.message;
  if (text === undefined) throw new Error(`no ${lang} text for ${nudge.id} in the build`);
  const message = messagesOf(lang)[key('message')]?.message;
  // A daily check-in question comes with its lead (utils/delivery/rituals.ts).
  const shown =
    nudge.ritual === 'check-in' ? `${uiWord(lang, 'ritual.check_in_lead')} ${text}` : text;
  return {
    text: withName(shown, name),
    ...(message !== undefined && { message: withName(message, name) }),
  };
}

/** The kind's label in `lang` (locales/<lang>.yml `category`). */
export const kindLabel = (lang: Language, kind: string): string =>
  uiWord(lang, `category.${kind.replaceAll('-', '_')}`);

/** The waiting nudge, read in an extension page (no worker handle to go stale). */
export function waitingNudge(page: Page): Promise<WaitingNudge | undefined> {
  return page.evaluate(
    async () =>
      (await chrome.storage.local.get('pendingNudge')).pendingNudge as WaitingNudge | undefined,
  );
}

/** The stored preferences, read in an extension page. */
export function storedPreferences(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    async () =>
      ((await chrome.storage.sync.get('preferences')).preferences ?? {}) as Record<string, unknown>,
  );
}

/** Sets some preferences as another device's sync would, keeping the rest. */
export async function setPreferences(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (change) => {
    const { preferences } = await chrome.storage.sync.get('preferences');
    await chrome.storage.sync.set({ preferences: { ...(preferences as object), ...change } });
  }, patch);
}

/** When an alarm (the nudge alarm unless told) is armed for, read in an extension page. */
export function alarmTime(page: Page, name = NUDGE_ALARM): Promise<number | null> {
  return page.evaluate(async (n) => (await chrome.alarms.get(n))?.scheduledTime ?? null, name);
}

/** Makes an alarm (the nudge alarm unless told) fire now, from an extension page (unpacked: no 30 s minimum). */
export async function fireAlarm(page: Page, name = NUDGE_ALARM): Promise<void> {
  await page.evaluate((n) => chrome.alarms.create(n, { when: Date.now() + 100 }), name);
}

/**
 * Clicks the popup's "Another idea" (its label in the page's language) and returns the nudge
 * now waiting, once the popup shows a different one.
 */
export async function anotherIdea(popup: Page, label: string): Promise<WaitingNudge> {
  const before = await waitingNudge(popup);
  const shownBefore = await popup.getByTestId('nudge-text').textContent();
  await popup.getByRole('button', { name: label, exact: true }).click();
  // The popup stores the new nudge as waiting, then shows it.
  await popup.waitForFunction(
    (was) => document.querySelector('[data-testid="nudge-text"]')?.textContent !== was,
    shownBefore,
  );
  return waitFor(async () => {
    const now = await waitingNudge(popup);
    return now && (now.id !== before?.id || now.shownAt !== before.shownAt) ? now : null;
  }, `a new waiting nudge after "${label}"`);
}

/** Waits until nothing on the page is easing (a change of look eases buttons' colours). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
}

/**
 * Whether the page scrolls sideways, and if so what sticks out: the elements reaching past the
 * right edge, widest first (with a little of their text, to find them).
 */
export function sideways(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    const name = (el: Element): string => {
      const classes = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes.replace(/ +/g, '.')} “${text}”`;
    };
    const widest = [...document.body.querySelectorAll('*')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ right }) => right > edge + 0.5)
      .sort((a, b) => b.right - a.right)
      .slice(0, 6)
      .map(({ el, right }) => `${name(el)} ends at ${Math.round(right)}px`);
    return { scrollWidth: root.scrollWidth, clientWidth: edge, widest };
  });
}
