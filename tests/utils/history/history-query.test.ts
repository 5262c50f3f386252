import { setMany } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendHistory, historyStore, type HistoryEntry } from '@/utils/history/history';
import {
  announceHistoryChanged,
  groupByDay,
  hasHistoryBefore,
  HISTORY_CHANGED,
  isUnfiltered,
  matchesFilter,
  noFilter,
  readHistoryPage,
  type HistoryFilter,
} from '@/utils/history/history-query';
import type { HistoryRow } from '@/utils/history/history-rows';
import { HOUR, MINUTE } from '@/utils/time/local-time';

// The unit project runs in America/New_York: local days below are New York days.
const NOW = new Date(2026, 5, 10, 15, 0).getTime(); // Wednesday 10 June 2026, 15:00

const entry = (at: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  at,
  id: `kind-act-${at}`,
  category: 'kind-act',
  text: `Nudge at ${at}`,
  action: 'shown',
  ...extra,
});

/** Stores many entries in one transaction (appending one by one would take the test's time). */
async function seed(count: number, make: (i: number) => HistoryEntry): Promise<void> {
  const entries = Array.from({ length: count }, (_, i) => make(i));
  await setMany(
    entries.map((e, i) => [[e.at, i / count], e]),
    historyStore(),
  );
}

afterEach(() => vi.restoreAllMocks());

describe('matchesFilter', () => {
  const flirty = entry(1, {
    category: 'flirty-text',
    action: 'copied',
    text: 'Send a spark to Sam:',
    message: 'Thinking of you at the Café, love',
  });
  const filter = (f: Partial<HistoryFilter>): HistoryFilter => ({ ...noFilter, ...f });

  it.each<[string, Partial<HistoryFilter>, boolean]>([
    ['nothing narrows', {}, true],
    ['its kind', { category: 'flirty-text' }, true],
    ['another kind', { category: 'kind-act' }, false],
    // What was done narrows rows, not entries (history-rows.ts).
    ['what was done', { action: 'done' }, true],
    ['words in the text, any case', { search: 'SPARK' }, true],
    ['words in the message', { search: 'thinking of' }, true],
    ['accents ignored', { search: 'cafe' }, true],
    ['every word, anywhere', { search: '  sam   love ' }, true],
    ['a word that is not there', { search: 'sam dinner' }, false],
    ['kind and words together', { category: 'flirty-text', search: 'you' }, true],
  ])('%s', (_, f, expected) => {
    expect(matchesFilter(flirty, filter(f))).toBe(expected);
  });

  it('knows when nothing narrows the list (blank search included)', () => {
    expect(isUnfiltered(filter({ search: '   ' }))).toBe(true);
    expect(isUnfiltered(filter({ action: 'done' }))).toBe(false);
  });
});

describe('groupByDay', () => {
  it('groups by local day, newest first, as Today, Yesterday, then weekday and date', () => {
    const days = groupByDay(
      [
        entry(NOW - HOUR),
        entry(new Date(2026, 5, 10, 0, 1).getTime()),
        entry(new Date(2026, 5, 9, 23, 59).getTime()),
        entry(new Date(2026, 5, 7, 12, 0).getTime()),
        entry(new Date(2025, 11, 31, 22, 0).getTime()),
      ],
      NOW,
      'en-US',
    );
    expect(days.map((d) => [d.label, d.entries.length])).toEqual([
      ['Today', 2],
      ['Yesterday', 1],
      ['Sunday, June 7', 1],
      ['Wednesday, December 31, 2025', 1],
    ]);
  });

  it('keeps a day whole across a clock change (8 March 2026, New York springs forward)', () => {
    const dst = new Date(2026, 2, 9, 12, 0).getTime();
    const days = groupByDay(
      [
        entry(new Date(2026, 2, 8, 23, 30).getTime()),
        entry(new Date(2026, 2, 8, 3, 30).getTime()),
        entry(new Date(2026, 2, 8, 0, 30).getTime()),
      ],
      dst,
      'en-US',
    );
    expect(days.map((d) => [d.label, d.entries.length])).toEqual([['Yesterday', 3]]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByDay([], NOW)).toEqual([]);
  });
});

describe('readHistoryPage', () => {
  it('pages newest first across pages, and says when the oldest was reached', async () => {
    await seed(250, (i) => entry(NOW - i * MINUTE));
    const first = await readHistoryPage(noFilter);
    const second = await readHistoryPage(noFilter, { before: first.before });
    const third = await readHistoryPage(noFilter, { before: second.before });
    const ats = [...first.rows, ...second.rows, ...third.rows].map((e) => e.at);
    expect(ats).toHaveLength(250);
    expect(new Set(ats).size).toBe(250);
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
    expect([first.before, second.before, third.before].map((b) => b !== null)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('knows a full last page is the last one (nothing left to show older)', async () => {
    await seed(100, (i) => entry(NOW - i * MINUTE));
    const page = await readHistoryPage(noFilter);
    expect(page.rows).toHaveLength(100);
    expect(page.before).toBeNull();
  });

  it('pages a filter across pages without losing or repeating a match', async () => {
    await seed(1000, (i) => entry(NOW - i * MINUTE, { action: i % 3 === 0 ? 'done' : 'shown' }));
    const done: HistoryFilter = { ...noFilter, action: 'done' };
    const seen: number[] = [];
    let before: IDBValidKey | null = null;
    let open: HistoryRow[] = [];
    do {
      const page = await readHistoryPage(done, { before, open, pageSize: 40, scanBudget: 150 });
      expect(page.rows.every((row) => row.actions.includes('done'))).toBe(true);
      seen.push(...page.rows.map((e) => e.at));
      ({ before, open } = page);
    } while (before !== null);
    expect(seen).toHaveLength(334);
    expect(new Set(seen).size).toBe(334);
  });

  it('folds a nudge shown on one page and done on the one before into one row', async () => {
    // Newest first: lone shows, with b's Done the 51st entry and b's shown the 101st: the page
    // fills with 99 entries in rows after the 100th, and b is still waiting for its shown.
    await seed(101, (i) =>
      i === 50
        ? entry(NOW - i * MINUTE, { id: 'b', action: 'done' })
        : i === 100
          ? entry(NOW - i * MINUTE, { id: 'b' })
          : entry(NOW - i * MINUTE),
    );
    const first = await readHistoryPage(noFilter, { pageSize: 99 });
    expect(first.rows).toHaveLength(99);
    expect(first.open.map((row) => [row.id, row.actions])).toEqual([['b', ['done']]]);
    const second = await readHistoryPage(noFilter, { before: first.before, open: first.open });
    expect(second.rows.map((row) => [row.id, row.at, row.action, row.actions])).toEqual([
      ['b', NOW - 100 * MINUTE, 'shown', ['done']],
    ]);
    expect(second.before).toBeNull();
    const all = [...first.rows, ...second.rows];
    expect(all.filter((row) => row.id === 'b')).toHaveLength(1);
  });

  it('fills a page by entries read, so a page of rows reads no more than before', async () => {
    await seed(400, (i) =>
      entry(NOW - i * MINUTE, { id: `n${Math.floor(i / 2)}`, action: i % 2 ? 'shown' : 'done' }),
    );
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    const page = await readHistoryPage(noFilter);
    expect(page.rows).toHaveLength(50);
    expect(page.rows.every((row) => row.action === 'shown' && row.actions[0] === 'done')).toBe(
      true,
    );
    expect(page.scanned).toBe(100);
    expect(page.full).toBe(true);
    expect(steps.mock.calls.length).toBeLessThanOrEqual(100);
  });

  it('reads one page of 5,000 entries with bounded work', async () => {
    await seed(5000, (i) => entry(NOW - i * MINUTE));
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    const page = await readHistoryPage(noFilter);
    expect(page.rows).toHaveLength(100);
    expect(page.rows[0]?.at).toBe(NOW);
    expect(page.scanned).toBe(100);
    expect(steps.mock.calls.length).toBeLessThanOrEqual(100);
  });

  it('stops a rare search at its budget and carries on from there when asked', async () => {
    await seed(5000, (i) => entry(NOW - i * MINUTE, i === 4999 ? { text: 'The very first' } : {}));
    const rare: HistoryFilter = { ...noFilter, search: 'very first' };
    const first = await readHistoryPage(rare, { scanBudget: 3000 });
    expect(first.rows).toEqual([]);
    expect(first.full).toBeFalsy();
    expect(first.scanned).toBe(3000);
    expect(first.before).not.toBeNull();
    expect(first.reachedAt).toBe(NOW - 2999 * MINUTE);
    const next = await readHistoryPage(rare, { before: first.before, scanBudget: 3000 });
    expect(next.rows.map((e) => e.text)).toEqual(['The very first']);
    expect(next.before).toBeNull();
  });

  it('reads an empty store as one empty, finished page', async () => {
    expect(await readHistoryPage(noFilter)).toEqual({
      rows: [],
      open: [],
      before: null,
      scanned: 0,
      reachedAt: null,
    });
  });
});

describe('hasHistoryBefore', () => {
  it('tells whether anything is stored before a moment', async () => {
    expect(await hasHistoryBefore(NOW)).toBe(false);
    await appendHistory(entry(NOW - HOUR));
    expect(await hasHistoryBefore(NOW)).toBe(true);
    expect(await hasHistoryBefore(NOW - 2 * HOUR)).toBe(false);
  });
});

describe('announceHistoryChanged', () => {
  it('tells listeners on the page', () => {
    const heard = vi.fn();
    document.addEventListener(HISTORY_CHANGED, heard);
    announceHistoryChanged();
    document.removeEventListener(HISTORY_CHANGED, heard);
    expect(heard).toHaveBeenCalledOnce();
  });
});
