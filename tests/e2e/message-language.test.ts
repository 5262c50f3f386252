/// <reference types="chrome" />
// "Messages to send in", in an English Chromium: with Español chosen in the options page, a
// nudge still reads in English but its message to copy is Spanish, from the alarm and from
// "Another idea" alike; back on "The same as Still Us", messages are English again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  launchExtension,
  popupTargets,
  popupText,
  readClipboard,
  waitFor,
  type LoadedExtension,
  toolbarPopupUrl,
} from './support/extension';
import { allKindsBut } from './support/labels';
import {
  alarmTime,
  anotherIdea,
  englishOnlyWords,
  fireAlarm,
  libraryWords,
  setPreferences,
  storedPreferences,
  uiWord,
  waitingNudge,
  withName,
  type WaitingNudge,
} from './support/language-run';

// An English browser whatever this machine's language is.
process.env.LANGUAGE = 'en';
const NAME = 'Sam';
const en = (key: string): string => uiWord('en', key);

/** The Spanish message book the build ships (messages/es.json), for a second opinion. */
const spanishBook = JSON.parse(
  readFileSync(join(EXTENSION_DIR, 'messages', 'es.json'), 'utf8'),
) as { fallback: string; byId: Record<string, string> };

/** What the popup page shows of its nudge. */
const shown = async (popup: Page) => ({
  text: await popup.getByTestId('nudge-text').textContent(),
  message: await popup.getByTestId('nudge-message').textContent(),
});

/** Chooses in the options page's real "Messages to send in" field and waits until it is kept. */
async function chooseMessageLanguage(options: Page, label: string, value: string): Promise<void> {
  await options.getByLabel(en('options.message_language.label'), { exact: true }).selectOption({
    label,
  });
  await waitFor(
    async () => (await storedPreferences(options)).messageLanguage === value,
    `"${label}" to be kept`,
  );
}

describe('Messages to send in, in an English Chromium', () => {
  let ext: LoadedExtension;
  let options: Page;
  let popup: Page;
  /** The flirty text the alarm brought, once Spanish was chosen. */
  let delivered: WaitingNudge;

  beforeAll(async () => {
    ext = await launchExtension(undefined, { args: ['--lang=en-US'] });
    options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByRole('heading', { name: 'Still Us', exact: true }).waitFor();
    // Only flirty texts (each has a message), a name, and no quiet hours at whatever hour this runs.
    const armed = await waitFor(() => alarmTime(options), 'the first alarm');
    await setPreferences(options, {
      partnerName: NAME,
      kindsOff: allKindsBut('flirty-text'),
      quietHours: [],
    });
    // The change re-arms the alarm: wait for that, or it would replace the one set later.
    await waitFor(async () => (await alarmTime(options)) !== armed, 'the re-arm');
    await options.reload();
    await options.getByRole('heading', { name: 'Still Us', exact: true }).waitFor();
  });

  afterAll(async () => {
    delete process.env.LANGUAGE;
    await ext?.close();
  });

  it('the field offers each language in its own words, and keeps Español', async () => {
    const field = options.getByLabel(en('options.message_language.label'), { exact: true });
    // The page's top is painted before its module: wait for the field, and its choices in it.
    await field.locator('option').last().waitFor({ state: 'attached' });
    expect(
      await field.locator('option').evaluateAll((all) => all.map((o) => o.textContent)),
    ).toEqual([en('options.message_language.same'), 'English', 'Español', 'Deutsch', 'Français']);
    expect(await field.inputValue()).toBe('same');
    const before = await alarmTime(options);
    await chooseMessageLanguage(options, 'Español', 'es');
    // A choice of words changes no time; but should it re-arm anyway, let that happen first.
    await waitFor(async () => (await alarmTime(options)) !== before, 'a re-arm', 2_000).catch(
      () => undefined,
    );
    await options.reload();
    expect(
      await options.getByLabel(en('options.message_language.label'), { exact: true }).inputValue(),
    ).toBe('es');
  });

  it('a flirty text the alarm brings reads in English, its message in Spanish', async () => {
    await fireAlarm(options);
    await waitFor(async () => (await popupTargets(ext, options)).length > 0, 'the popup to open');
    delivered = await waitFor(() => waitingNudge(options), 'the waiting nudge');
    expect(delivered.category).toBe('flirty-text');
    const english = libraryWords('en', delivered, NAME);
    const spanish = libraryWords('es', delivered, NAME).message;
    expect(spanish).toBeDefined();
    expect(spanish).not.toBe(english.message);
    expect({ text: delivered.text, message: delivered.message }).toEqual({
      text: english.text,
      message: spanish,
    });
    // The book the worker read says the same.
    expect(withName(spanishBook.byId[delivered.id] ?? '', NAME)).toBe(spanish);
    const inPopup = await waitFor(() => popupText(options), 'the popup to show it');
    expect(inPopup).toContain(english.text);
    expect(inPopup).toContain(spanish);
    expect(inPopup).toContain(en('category.flirty_text'));
    await options.evaluate(() =>
      chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()),
    );
  });

  it('Copy puts the Spanish message on the clipboard', async () => {
    popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    // The page the toolbar button opens while that nudge waits (its URL carries it): opened
    // bare, popup.html would paint the idea drawn ahead first and then swap to the waiting one.
    await popup.goto(await toolbarPopupUrl(options));
    await popup.getByTestId('nudge-message').waitFor();
    const spanish = libraryWords('es', delivered, NAME).message;
    expect(await shown(popup)).toEqual({ text: delivered.text, message: spanish });
    await popup.getByRole('button', { name: en('popup.copy_label'), exact: true }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toBe(en('popup.copied'));
    expect(await readClipboard(popup)).toBe(spanish);
  });

  it('the Spanish message is marked as Spanish for screen readers (lang="es")', async () => {
    // The page is English (WCAG 3.1.2, language of parts): a reader voices it by this.
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(
      await popup
        .getByTestId('nudge-message')
        .evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
    ).toBe('es');
  });

  it('"Another idea" draws its message in Spanish too, the rest in English', async () => {
    const nudge = await anotherIdea(popup, en('popup.another'));
    const want = {
      text: libraryWords('en', nudge, NAME).text,
      message: libraryWords('es', nudge, NAME).message,
    };
    expect({ text: nudge.text, message: nudge.message }).toEqual(want);
    expect(await shown(popup)).toEqual(want);
  });

  it('back on "The same as Still Us", the next draw’s message is English again', async () => {
    await options.bringToFront();
    await chooseMessageLanguage(options, en('options.message_language.same'), 'same');
    await popup.bringToFront();
    const nudge = await anotherIdea(popup, en('popup.another'));
    const want = libraryWords('en', nudge, NAME);
    expect({ text: nudge.text, message: nudge.message }).toEqual(want);
    expect(await shown(popup)).toEqual(want);
    await popup.getByRole('button', { name: en('popup.copy_label'), exact: true }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toBe(en('popup.copied'));
    expect(await readClipboard(popup)).toBe(want.message);
  });

  it('the English words languages.test.ts looks for are there on an English page', async () => {
    // languages.test.ts finds none of them in es, de and fr: this shows that check can see them.
    const seen = await options.locator('body').innerText();
    for (const lang of ['es', 'de', 'fr'] as const) {
      const found = Object.values(englishOnlyWords(lang)).filter((words) => seen.includes(words));
      expect(found.length, lang).toBeGreaterThanOrEqual(40);
    }
  });
});
