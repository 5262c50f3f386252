import { setMany } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { clearHistory, historyStore } from '@/utils/history/history';
import { walkNewest } from '@/utils/history/walk-newest';

type Proto = { getAllRecords?: unknown };
const proto = IDBObjectStore.prototype as Proto;
const records = proto.getAllRecords;

/** Keys 1…n, each holding its own number. */
const store = (n: number): Promise<void> =>
  setMany(
    Array.from({ length: n }, (_, i) => [i + 1, i + 1]),
    historyStore(),
  );

const walk = (range: IDBKeyRange | null, stopAt: number, batch: number) =>
  historyStore()('readonly', (s) => {
    const seen: IDBValidKey[] = [];
    return walkNewest(
      s,
      range,
      (key, value) => {
        if (seen.length >= stopAt) return false;
        expect(value).toBe(key);
        seen.push(key);
        return true;
      },
      batch,
    ).then((ended) => ({ ended, seen }));
  });

describe.each([
  ['getAllRecords', true],
  ['a cursor (no getAllRecords)', false],
])('walkNewest with %s', (_, withRecords) => {
  afterEach(async () => {
    proto.getAllRecords = records;
    await clearHistory();
  });
  const setUp = async (n: number): Promise<void> => {
    await store(n);
    if (!withRecords) delete proto.getAllRecords;
  };

  it.each([
    // [stored, stop after, batch, seen, ended]
    [5, 10, 2, [5, 4, 3, 2, 1], true],
    [5, 3, 2, [5, 4, 3], false],
    [4, 4, 2, [4, 3, 2, 1], true],
    [6, 2, 10, [6, 5], false],
    [0, 3, 2, [], true],
  ])('%i stored, stop after %i, %i a batch', async (n, stopAt, batch, seen, ended) => {
    await setUp(n);
    expect(await walk(null, stopAt, batch)).toEqual({ seen, ended });
  });

  it('stays inside the range it is given', async () => {
    await setUp(9);
    expect(await walk(IDBKeyRange.upperBound(6, true), 10, 2)).toEqual({
      seen: [5, 4, 3, 2, 1],
      ended: true,
    });
  });
});
