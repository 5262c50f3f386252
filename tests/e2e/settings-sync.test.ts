import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, liveWorker, waitFor, type LoadedExtension } from './support/extension';
import { KINDS } from './support/labels';

// Issue 14, items 8–10, in real Chromium: two options tabs edit different fields, and
// storage.sync changes behind an open page's back (as sync from another device does). After
// each try, no setting is lost and each page shows what is stored.

type Stored = Record<string, unknown> & {
  perDay: number;
  kindsOff: string[];
  quietHours: { start: string; end: string; days?: number[] }[];
  workHours: { days: number[]; start: string; end: string } | null;
};

const TRIES = 20;
/** The delay between the two edits of try `i`: 0, 25, … 475 ms. */
const delayOf = (i: number): number => i * 25;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const stored = (page: Page): Promise<Stored> =>
  page.evaluate(async () => (await chrome.storage.sync.get('preferences')).preferences as Stored);

/** JSON with keys sorted, so two objects compare by content, not by the order of their keys. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );

/** Waits until storage holds `expected` exactly (unknown fields too). */
async function storedIs(page: Page, expected: Stored, what: string): Promise<void> {
  await waitFor(
    async () => canonical(await stored(page)) === canonical(expected),
    what,
    5_000,
  ).catch(async (error: unknown) => {
    expect(await stored(page)).toEqual(expected); // shows the difference
    throw error;
  });
}

const perDay = (page: Page) => page.getByLabel('About how many nudges a day');
const quietFrom = (page: Page) => page.getByLabel('Quiet time 1 from');
const tinyDate = (page: Page) => page.getByRole('checkbox', { name: 'Tiny date' });

async function openOptions(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  await perDay(page).waitFor();
  return page;
}

describe('Settings in real Chromium: no setting lost', () => {
  let ext: LoadedExtension;
  let a: Page;
  let b: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    a = await openOptions(ext);
    b = await openOptions(ext);
    await a.getByLabel('Your partner’s name').fill('Robin');
    await a.getByLabel('Your partner’s name').blur();
    await waitFor(async () => (await stored(a))?.partnerName === 'Robin', 'the name to save');
  });
  afterAll(() => ext?.close());

  it(`two options tabs editing different fields, ${TRIES} tries 0–475 ms apart`, async () => {
    const lost: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      const expected = { ...(await stored(a)) };
      const start = `2${i % 4}:${String(10 + i).padStart(2, '0')}`;
      const count = 1 + (i % 12) === expected.perDay ? 12 : 1 + (i % 12);
      const tinyOff = expected.kindsOff.includes('tiny-date');
      // Tab A: a kind and a quiet time; tab B, `delay` later: the count.
      await tinyDate(a).click();
      await quietFrom(a).fill(start);
      await sleep(delayOf(i));
      await perDay(b).fill(String(count));
      expected.kindsOff = tinyOff
        ? expected.kindsOff.filter((k) => k !== 'tiny-date')
        : [...expected.kindsOff, 'tiny-date'].sort(
            (x, y) => kindOrder.indexOf(x) - kindOrder.indexOf(y),
          );
      expected.quietHours = [{ ...expected.quietHours[0]!, start }];
      expected.perDay = count;
      try {
        await storedIs(a, expected, `try ${i}: both tabs' edits stored`);
      } catch {
        lost.push(`try ${i} (${delayOf(i)} ms)`);
      }
      // Each tab shows the other's edit.
      await waitFor(async () => (await perDay(a).inputValue()) === String(count), 'A follows B');
      await waitFor(async () => (await quietFrom(b).inputValue()) === start, 'B follows A');
      await waitFor(async () => (await tinyDate(b).isChecked()) === tinyOff, 'B shows the kind');
    }
    expect(lost).toEqual([]);
  }, 240_000);

  it(`a change written to storage.sync behind an open page's back, ${TRIES} tries`, async () => {
    const lost: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      const expected = { ...(await stored(a)) };
      const end = `0${i % 10}:45`;
      const count = expected.perDay === 3 ? 4 : 3;
      const change = {
        quietHours: [...expected.quietHours.slice(0, 1), { start: '13:00', end, days: [6] }],
        workHours: { days: [1, 2, 3], start: '08:00', end: `1${i % 10}:30` },
        // A field only a newer Still Us knows (item 10): saves from this one keep it.
        fromNewerVersion: { try: i },
      };
      // As another device's sync would: the whole item, changed, under the pages' own lock.
      const worker = await liveWorker(ext);
      await worker.evaluate(async (patch) => {
        await navigator.locks.request('still-us:preferences', async () => {
          const { preferences } = await chrome.storage.sync.get('preferences');
          const now = preferences as Record<string, unknown>;
          await chrome.storage.sync.set({ preferences: { ...now, ...patch } });
        });
      }, change);
      await sleep(delayOf(i));
      await perDay(a).fill(String(count));
      Object.assign(expected, change, { perDay: count });
      try {
        await storedIs(a, expected, `try ${i}: the change behind its back kept`);
      } catch {
        lost.push(`try ${i} (${delayOf(i)} ms)`);
      }
      await waitFor(
        async () => (await a.getByLabel('Quiet time 2 until').inputValue()) === end,
        'the page shows the second range',
      );
      expect(await a.getByLabel('Work hours until').inputValue()).toBe(change.workHours.end);
    }
    expect(lost).toEqual([]);
  }, 240_000);
});

/** The order the options page (and the kinds check) keeps kinds in. */
const kindOrder = KINDS;
