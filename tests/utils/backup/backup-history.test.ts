import { describe, expect, it } from 'vitest';
import {
  appendHistoryBatch,
  historyChunks,
  readAllHistory,
  replaceHistory,
} from '@/utils/backup/backup-history';
import {
  appendHistory,
  countHistory,
  readHistory,
  type HistoryEntry,
} from '@/utils/history/history';

const entry = (at: number, action: HistoryEntry['action'] = 'shown'): HistoryEntry => ({
  at,
  id: `n${at}`,
  category: 'touch',
  text: `text ${at}`,
  action,
});

describe('reading all history', () => {
  it('reads every entry oldest first, in chunks that together hold each entry once', async () => {
    await appendHistoryBatch(Array.from({ length: 25 }, (_, i) => entry(1000 - i)));
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const chunk of historyChunks(10)) {
      sizes.push(chunk.length);
      seen.push(...chunk.map((e) => e.at));
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 976 + i));
  });

  it('reads an empty store as nothing, and a chunk-sized one without an empty chunk', async () => {
    expect(await readAllHistory()).toEqual([]);
    await appendHistoryBatch([entry(1), entry(2)]);
    const chunks: HistoryEntry[][] = [];
    for await (const chunk of historyChunks(2)) chunks.push(chunk);
    expect(chunks).toEqual([[entry(1), entry(2)]]);
  });
});

describe('writing many entries at once', () => {
  it('appends beside what is there, keeping the order of entries of the same millisecond', async () => {
    await appendHistory(entry(5));
    const sameMoment = [entry(7, 'shown'), entry(7, 'copied'), entry(7, 'done')];
    await appendHistoryBatch([entry(9), ...sameMoment, entry(6)]);
    expect(await readAllHistory()).toEqual([entry(5), entry(6), ...sameMoment, entry(9)]);
  });

  it('replaces everything in one go', async () => {
    await appendHistoryBatch([entry(1), entry(2)]);
    await replaceHistory([entry(3)]);
    expect(await readHistory()).toEqual([entry(3)]);
  });

  it('writes all or nothing: an entry IndexedDB cannot store leaves the store as it was', async () => {
    await appendHistoryBatch([entry(1), entry(2)]);
    const broken = { ...entry(4), text: () => 'a function cannot be stored' } as never;
    await expect(replaceHistory([entry(3), broken])).rejects.toThrow();
    await expect(appendHistoryBatch([entry(3), broken])).rejects.toThrow();
    expect(await countHistory()).toBe(2);
    expect(await readAllHistory()).toEqual([entry(1), entry(2)]);
  });
});
