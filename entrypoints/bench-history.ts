// Only in `npm run bench` builds (see wxt.config.ts): lets the benchmark seed and time
// history through the product's own module, in the extension's real IndexedDB. An unlisted
// classic script, bundled on its own: as a page with a module it shared chunks with the
// popup, and the bench build's popup then loaded two files more than the shipped one. The
// bench adds it to the extension's static offscreen.html, a page that does nothing else.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
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

// By its place in the seed, as a person's history goes: shown, shown, then Done a minute after
// the second showing. (The list leaves out the nudges only seen: a page has rows to paint.)
const entry = (at: number, i = 0): HistoryEntry => ({
  at,
  id: 'kind-act-01',
  category: 'kind-act',
  text: 'Refill Sam’s water bottle and leave it where they sit. No reason needed.',
  action: i % 3 === 2 ? 'done' : 'shown',
  ...(i % 3 !== 2 && { delivery: 'popup' as const }),
});

export default defineUnlistedScript(() => {
  window.stillUsBench = {
    /** Appends `count` entries, one minute apart ending now, `batch` appends in flight at a time. */
    async seed(count, batch = 500) {
      const start = Date.now() - count * 60_000;
      for (let i = 0; i < count; i += batch) {
        const size = Math.min(batch, count - i);
        await Promise.all(
          Array.from({ length: size }, (_, j) =>
            appendHistory(entry(start + (i + j) * 60_000, i + j)),
          ),
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
});
