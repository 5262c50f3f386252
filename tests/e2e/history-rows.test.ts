// Issue 18 in real Chromium: history shows one row per nudge (its shown entry and what was done
// with it together), the nudges only seen left out until a labelled box (reached by keyboard)
// brings them; the kind sits right under what became of it even beside a long message; axe
// at 0 in light and dark, whole at 360 CSS px. The stored entries stay as they were.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, horizontalOverflow } from './support/a11y';
import { launchExtension, type LoadedExtension } from './support/extension';

const MESSAGE =
  'Thinking of you, and of that smile you do when you’re tired. Tonight the dishes are mine, and so are you.';

/** Four nudges shown and acted on, one only seen: nine entries, in the store's own shape. */
function seedInPage(message: string): Promise<number> {
  const now = Date.now();
  const flirty = { category: 'flirty-text', text: 'Send Sam a spark:', message };
  const kind = { category: 'kind-act', text: 'Refill Sam’s water bottle. No reason needed.' };
  const e = (minutes: number, id: string, action: string, nudge: object) => ({
    at: now - minutes * 60_000,
    id,
    action,
    ...nudge,
    ...(action === 'shown' && { delivery: 'popup' }),
  });
  const entries = [
    e(50, 'a', 'shown', kind),
    e(49, 'a', 'done', kind),
    e(40, 'b', 'shown', flirty),
    e(39, 'b', 'copied', flirty),
    e(30, 'c', 'shown', kind),
    e(29, 'c', 'snoozed', kind),
    e(20, 'd', 'shown', flirty),
    e(19, 'd', 'copied', flirty),
    e(18, 'd', 'done', flirty),
    e(10, 'e', 'shown', kind),
  ];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('still-us-history');
    open.onupgradeneeded = () => open.result.createObjectStore('entries');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('entries', 'readwrite');
      const store = tx.objectStore('entries');
      for (const entry of entries) store.put(entry, [entry.at, Math.random()]);
      const count = store.count();
      tx.oncomplete = () => resolve(count.result);
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** What each row says became of its nudge, top to bottom. */
const outcomes = (page: Page): Promise<string[]> =>
  page.locator('[data-testid="history"] .history-action').allTextContents();

/** How far below the top of its row the kind sits, for each row: with a message and without. */
const kindOffsets = (page: Page): Promise<{ message: boolean; offset: number }[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.history-entry')].map((row) => {
      const kind = row.querySelector('.history-kind')?.getBoundingClientRect().top ?? 0;
      const action = row.querySelector('.history-action')?.getBoundingClientRect().bottom ?? 0;
      return { message: row.querySelector('q') !== null, offset: Math.round(kind - action) };
    }),
  );

describe('history, a row per nudge', () => {
  let ext: LoadedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(ext.url('options.html'));
    expect(await page.evaluate(seedInPage, MESSAGE)).toBe(10);
    await page.reload();
    await page.getByTestId('history').getByRole('listitem').first().waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('shows 4 nudges acted on as 4 rows, each saying what became of it', async () => {
    expect(await outcomes(page)).toEqual(['Copied · Done', 'Not now', 'Copied', 'Done']);
    expect(await page.locator('.history-status').textContent()).toBe(
      'Showing 4 entries, newest first.',
    );
  });

  it('brings the nudge only seen with the box, reached and ticked by keyboard', async () => {
    const box = page.getByRole('checkbox', { name: 'Show nudges I only saw' });
    expect(await box.isChecked()).toBe(false);
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    await page.keyboard.press('Tab');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await expect
      .poll(() => outcomes(page))
      .toEqual(['Seen', 'Copied · Done', 'Not now', 'Copied', 'Done']);
    await page.keyboard.press('Space');
    await expect.poll(() => outcomes(page)).toHaveLength(4);
  });

  it('keeps every entry as stored', async () => {
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('still-us-history');
          open.onsuccess = () => {
            const count = open.result.transaction('entries').objectStore('entries').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(10);
  });

  it('puts the kind right under what became of it, beside a long message too', async () => {
    const offsets = await kindOffsets(page);
    const plain = offsets.filter((o) => !o.message).map((o) => o.offset);
    const withMessage = offsets.filter((o) => o.message).map((o) => o.offset);
    expect(withMessage).toHaveLength(2);
    for (const offset of withMessage) expect(Math.abs(offset - (plain[0] ?? 0))).toBeLessThan(3);
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('checkbox', { name: 'Show nudges I only saw' }).check();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });

  it('fits 360 CSS px with nothing cut off', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { outside } = await horizontalOverflow(page);
    expect(outside).toEqual([]);
    const box = await page.getByRole('checkbox', { name: 'Show nudges I only saw' }).boundingBox();
    expect(box?.width).toBeGreaterThan(0);
  });
});
