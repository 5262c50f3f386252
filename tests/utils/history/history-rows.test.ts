import { describe, expect, it } from 'vitest';
import type { HistoryAction, HistoryEntry } from '@/utils/history/history';
import { historyRows, rowHas, rowSize, type HistoryRow } from '@/utils/history/history-rows';
import { MINUTE } from '@/utils/time/local-time';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();

/** An entry `minutes` before NOW; ids are short names, as the rows only compare them. */
const e = (minutes: number, id: string, action: HistoryAction): HistoryEntry => ({
  at: NOW - minutes * MINUTE,
  id,
  category: 'kind-act',
  text: `Nudge ${id}`,
  action,
  ...(action === 'shown' && { delivery: 'popup' as const }),
});

/** Newest first, as pages are read. */
const newestFirst = (entries: HistoryEntry[]): HistoryEntry[] =>
  [...entries].sort((a, b) => b.at - a.at);

/** A row as [id, minutes before NOW, whether its shown entry is in it, actions]. */
const brief = (row: HistoryRow): [string, number, boolean, HistoryAction[]] => [
  row.id,
  (NOW - row.at) / MINUTE,
  row.action === 'shown',
  row.actions,
];
const rowsOf = (entries: HistoryEntry[]) =>
  historyRows(newestFirst(entries), { ended: true }).rows.map(brief);

describe('historyRows', () => {
  it.each<[string, HistoryEntry[], ReturnType<typeof brief>[]]>([
    [
      'four nudges, each shown then acted on, make four rows',
      [
        e(40, 'a', 'shown'),
        e(39, 'a', 'done'),
        e(30, 'b', 'shown'),
        e(29, 'b', 'copied'),
        e(20, 'c', 'shown'),
        e(19, 'c', 'snoozed'),
        e(10, 'd', 'shown'),
        e(9, 'd', 'another'),
      ],
      [
        ['d', 10, true, ['another']],
        ['c', 20, true, ['snoozed']],
        ['b', 30, true, ['copied']],
        ['a', 40, true, ['done']],
      ],
    ],
    ['a lone shown is a row only seen', [e(5, 'a', 'shown')], [['a', 5, true, []]]],
    [
      'an action older than the window never joins a showing, whatever the order rows began in',
      [
        e(1, 'a', 'done'),
        e(2, 'b', 'done'),
        e(359, 'a', 'copied'),
        e(361, 'c', 'shown'),
        e(480, 'b', 'shown'),
      ],
      [
        ['b', 2, false, ['done']],
        ['a', 359, false, ['copied', 'done']],
        ['c', 361, true, []],
        ['b', 480, true, []],
      ],
    ],
    [
      'copies, then Done, fold into the one showing, oldest first',
      [e(10, 'a', 'shown'), e(9, 'a', 'copied'), e(8, 'a', 'copied'), e(7, 'a', 'done')],
      [['a', 10, true, ['copied', 'copied', 'done']]],
    ],
    [
      'two shows of the same nudge: the action goes with the later one',
      [e(120, 'a', 'shown'), e(30, 'a', 'shown'), e(29, 'a', 'done')],
      [
        ['a', 30, true, ['done']],
        ['a', 120, true, []],
      ],
    ],
    [
      'two shows of the same nudge, the earlier one acted on',
      [e(120, 'a', 'shown'), e(119, 'a', 'done'), e(30, 'a', 'shown')],
      [
        ['a', 30, true, []],
        ['a', 120, true, ['done']],
      ],
    ],
    [
      'an action without a shown stands alone, at its own time',
      [e(50, 'b', 'shown'), e(20, 'a', 'done'), e(10, 'c', 'shown')],
      [
        ['c', 10, true, []],
        ['a', 20, false, ['done']],
        ['b', 50, true, []],
      ],
    ],
    [
      'two Dones of one nudge are two showings, never one row',
      [e(30, 'a', 'done'), e(20, 'a', 'done')],
      [
        ['a', 20, false, ['done']],
        ['a', 30, false, ['done']],
      ],
    ],
    [
      'interleaved nudges each keep their own action',
      [e(40, 'a', 'shown'), e(35, 'b', 'shown'), e(30, 'a', 'done'), e(25, 'b', 'copied')],
      [
        ['b', 35, true, ['copied']],
        ['a', 40, true, ['done']],
      ],
    ],
    [
      'a shown further back than a waiting nudge stays fresh is another showing',
      [e(7 * 60, 'a', 'shown'), e(0, 'a', 'done')],
      [
        ['a', 0, false, ['done']],
        ['a', 7 * 60, true, []],
      ],
    ],
  ])('%s', (_, entries, expected) => {
    expect(rowsOf(entries)).toEqual(expected);
  });

  it('keeps every field of the shown entry, and leaves the entries as they were', () => {
    const entries = newestFirst([
      { ...e(10, 'a', 'shown'), message: 'Hi', lang: 'es' },
      { ...e(9, 'a', 'copied'), message: 'Hi', lang: 'es' },
    ]);
    const copy = structuredClone(entries);
    const [row] = historyRows(entries, { ended: true }).rows;
    expect(row).toEqual({ ...entries[1], actions: ['copied'] });
    expect(entries).toEqual(copy);
  });

  it('leaves an action waiting at the end of a page, and completes it on the next', () => {
    // Page 1 ends on Done; its shown is the first entry of page 2.
    const all = newestFirst([
      e(60, 'z', 'shown'),
      e(50, 'a', 'shown'),
      e(49, 'a', 'done'),
      e(40, 'b', 'shown'),
      e(39, 'b', 'copied'),
    ]);
    const first = historyRows(all.slice(0, 3));
    expect(first.rows.map(brief)).toEqual([['b', 40, true, ['copied']]]);
    expect(first.open.map((row) => row.id)).toEqual(['a']);
    const second = historyRows(all.slice(3), { carry: first.open, ended: true });
    const rows = [...first.rows, ...second.rows];
    expect(rows.map(brief)).toEqual(rowsOf(all));
    expect(rows.map(brief)).toEqual([
      ['b', 40, true, ['copied']],
      ['a', 50, true, ['done']],
      ['z', 60, true, []],
    ]);
  });

  it('splits no row and repeats none, wherever the pages are cut', () => {
    const all = newestFirst(
      Array.from({ length: 30 }, (_, i) => [
        e(i * 10 + 2, `n${i % 4}`, 'shown'),
        ...(i % 3 === 0 ? [] : [e(i * 10 + 1, `n${i % 4}`, i % 2 ? 'copied' : 'done')]),
        ...(i % 5 === 0 ? [e(i * 10, `n${i % 4}`, 'done')] : []),
      ]).flat(),
    );
    const whole = rowsOf(all);
    for (let size = 1; size <= 7; size++) {
      const rows: HistoryRow[] = [];
      let carry: HistoryRow[] = [];
      for (let at = 0; at < all.length; at += size) {
        const page = historyRows(all.slice(at, at + size), {
          carry,
          ended: at + size >= all.length,
        });
        rows.push(...page.rows);
        carry = page.open;
      }
      expect(rows.map(brief), `pages of ${size}`).toEqual(whole);
      expect(rows.reduce((n, row) => n + rowSize(row), 0)).toBe(all.length);
    }
  });

  it('reading a page again from the same carry gives the same rows', () => {
    const page1 = historyRows(newestFirst([e(10, 'a', 'done')]));
    const again = () =>
      historyRows([e(11, 'a', 'copied'), e(12, 'a', 'shown')], { carry: page1.open }).rows;
    expect(again()).toEqual(again());
    expect(page1.open[0]?.actions).toEqual(['done']);
  });

  it('accounts for every entry once, in a long history of many nudges', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      e(i, `n${i % 50}`, i % 3 === 0 ? 'done' : 'shown'),
    );
    const { rows, open } = historyRows(many, { ended: true });
    expect(open).toEqual([]);
    expect(rows.reduce((n, row) => n + rowSize(row), 0)).toBe(20_000);
  });
});

describe('rowHas and rowSize', () => {
  const row: HistoryRow = { ...e(10, 'a', 'shown'), actions: ['copied', 'done'] };
  it.each<[HistoryAction | 'all', boolean]>([
    ['all', true],
    ['copied', true],
    ['done', true],
    ['snoozed', false],
    ['shown', false],
  ])('%s: %s', (action, expected) => {
    expect(rowHas(row, action)).toBe(expected);
  });
  it('counts the entries a row stands for', () => {
    expect(rowSize(row)).toBe(3);
    expect(rowSize({ ...e(10, 'a', 'done'), actions: ['done'] })).toBe(1);
  });
});
