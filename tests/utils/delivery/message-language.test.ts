import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readContent } from '@/modules/content/read-content';
import { NUDGE_ALARM } from '@/utils/delivery/arm-next-nudge';
import { handleAlarm } from '@/utils/delivery/handle-alarm';
import { categories } from '@/utils/library/nudge';
import { drawNudgeForPopup } from '@/utils/popup/draw-nudge-for-popup';
import { defaultPreferences, type Preferences } from '@/utils/storage/preferences';
import {
  nextNudgeAtStorage,
  pendingNudgeStorage,
  preferencesStorage,
} from '@/utils/storage/storage';
import { allKindsBut } from '../../support/kinds';

// "Messages to send in": a couple who text in Spanish, in an English browser. The message to
// copy comes in their language; the rest of the nudge stays in the pages' language.

const noon = new Date(2026, 5, 10, 12, 0).getTime();
const records = new Map(readContent(categories).records.map((r) => [r.id, r]));
const flirtyOnly = (messageLanguage: Preferences['messageLanguage'], partnerName = '') =>
  preferencesStorage.setValue({
    ...defaultPreferences,
    kindsOff: allKindsBut('flirty-text'),
    messageLanguage,
    partnerName,
  });
/** A record's words in `lang`, the name (or its stand-in) filled in. */
const words = (id: string, part: 'text' | 'message', lang: string, name: string): string =>
  (records.get(id)?.[part]?.[lang] ?? '').replace(/\{partner(:\w+)?\}/g, name);

beforeEach(() => {
  Object.assign(fakeBrowser, { idle: { queryState: async () => 'active' } });
  fakeBrowser.action.openPopup = vi.fn().mockResolvedValue(undefined);
});
afterEach(() => vi.restoreAllMocks());

it('a scheduled nudge carries its message in the chosen language, the rest in English', async () => {
  await flirtyOnly('es');
  await nextNudgeAtStorage.setValue(noon);
  expect(await handleAlarm({ name: NUDGE_ALARM, scheduledTime: noon }, noon)).toBe('shown');
  const pending = await pendingNudgeStorage.getValue();
  expect(pending?.category).toBe('flirty-text');
  const id = pending?.id ?? '';
  expect(pending?.text).toBe(words(id, 'text', 'en', 'your partner'));
  expect(pending?.message).toBe(words(id, 'message', 'es', 'mi amor'));
});

it('a nudge the popup draws does too, with the name', async () => {
  await flirtyOnly('fr', 'Sam');
  const drawn = await drawNudgeForPopup(noon, [], null);
  expect(drawn?.message).toBe(words(drawn?.id ?? '', 'message', 'fr', 'Sam'));
  expect(drawn?.text).toBe(words(drawn?.id ?? '', 'text', 'en', 'Sam'));
});

it('“the same as Still Us” reads no other file, and the message is in the pages’ language', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch');
  await flirtyOnly('same');
  const drawn = await drawNudgeForPopup(noon, [], null);
  expect(drawn?.message).toBe(words(drawn?.id ?? '', 'message', 'en', 'love'));
  expect(
    fetch.mock.calls.map(([url]) => String(url)).filter((u) => u.includes('/messages/')),
  ).toEqual([]);
});

it('a nudge still comes when the language’s file cannot be read, its message in English', async () => {
  const served = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
    String(input).includes('/messages/')
      ? Promise.reject(new TypeError('no file'))
      : served(input, init),
  );
  await flirtyOnly('de');
  const drawn = await drawNudgeForPopup(noon, [], null);
  expect(drawn?.message).toBe(words(drawn?.id ?? '', 'message', 'en', 'love'));
});
