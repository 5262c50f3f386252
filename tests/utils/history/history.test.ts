import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  clearHistory,
  countHistory,
  readHistory,
  readHistorySince,
  historyStore,
  type HistoryEntry,
} from '@/utils/history/history';
import { set } from 'idb-keyval';
import { readAllHistory } from '@/utils/backup/backup-history';

const entry = (at: number, action: HistoryEntry['action'] = 'shown'): HistoryEntry => ({
  at,
  id: `n${at}`,
  category: 'kind-act',
  text: `text ${at}`,
  action,
});

describe('history', () => {
  it('reads newest first, whatever the order of appends', async () => {
    for (const at of [300, 100, 200]) await appendHistory(entry(at));
    expect((await readHistory()).map((e) => e.at)).toEqual([300, 200, 100]);
  });

  it('keeps two entries made in the same millisecond', async () => {
    await appendHistory(entry(100, 'shown'));
    await appendHistory(entry(100, 'copied'));
    expect(await countHistory()).toBe(2);
  });

  it('reads a limited page and a time window', async () => {
    for (let at = 1; at <= 50; at++) await appendHistory(entry(at));
    expect((await readHistory(5)).map((e) => e.at)).toEqual([50, 49, 48, 47, 46]);
    expect((await readHistorySince(48)).map((e) => e.at)).toEqual([50, 49, 48]);
  });

  it('clears everything', async () => {
    await appendHistory(entry(1));
    await clearHistory();
    expect(await readHistory()).toEqual([]);
  });

  it('reads an entry stored with the old name for its nudge (nudgeId) as today’s shape', async () => {
    const { id, ...old } = entry(500);
    await set([500, 0.5], { ...old, nudgeId: id }, historyStore());
    expect(await readHistory()).toStrictEqual([entry(500)]);
    expect(await readAllHistory()).toStrictEqual([entry(500)]);
  });
});
