// Only in `npm run bench` builds (see wxt.config.ts): lets the benchmark seed and time
// history through the product's own module, in the extension's real IndexedDB.
import {
  appendHistory,
  clearHistory,
  countHistory,
  type HistoryEntry,
} from '@/utils/history/history';

declare global {
  interface Window {
    stillUsBench: {
      seed: (count: number, batch?: number) => Promise<number>;
      timeAppends: (count: number) => Promise<number[]>;
      clear: () => Promise<void>;
      count: () => Promise<number>;
    };
  }
}

const entry = (at: number): HistoryEntry => ({
  at,
  id: 'kind-act-01',
  category: 'kind-act',
  text: 'Refill Sam’s water bottle and leave it where they sit. No reason needed.',
  action: at % 3 === 0 ? 'done' : 'shown',
  delivery: 'popup',
});

window.stillUsBench = {
  /** Appends `count` entries, one minute apart ending now, `batch` appends in flight at a time. */
  async seed(count, batch = 500) {
    const start = Date.now() - count * 60_000;
    for (let i = 0; i < count; i += batch) {
      const size = Math.min(batch, count - i);
      await Promise.all(
        Array.from({ length: size }, (_, j) => appendHistory(entry(start + (i + j) * 60_000))),
      );
    }
    return countHistory();
  },
  /** The time of each of `count` appends in a row, in ms. */
  async timeAppends(count) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await appendHistory(entry(Date.now()));
      times.push(performance.now() - t0);
    }
    return times;
  },
  clear: clearHistory,
  count: countHistory,
};
