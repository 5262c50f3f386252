import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureBytes, ON_DEMAND } from '../../bench/bytes.mjs';
import { EXTENSION_DIR } from './support/extension';

const KiB = 1024;

// Byte budgets are exact, so unlike timings they are safe to hold in `npm test` (issue 3).
describe('shipped JavaScript (gzip)', async () => {
  const bytes = await measureBytes(EXTENSION_DIR);
  it.each([
    ['popup', 15],
    ['options', 30],
    ['background', 10],
    ['total', 60],
  ] as const)('%s stays within %i KiB', (entry, budget) => {
    expect(bytes[entry].gzip, bytes[entry].names.join(', ')).toBeLessThanOrEqual(budget * KiB);
  });

  // Not JavaScript, but loaded whenever a nudge is drawn: shown beside the budgets, without one.
  it('reports the library’s data file on its own line', () => {
    const { raw, gzip } = bytes.library;
    console.log(`library.json (data, no budget): ${raw} B raw, ${gzip} B gzip`);
    expect(raw).toBeGreaterThan(0);
  });

  // The figures above leave ON_DEMAND chunks out; that is fair only while nothing loads them
  // up front, so no chunk may import them statically.
  // Each of ON_DEMAND's names (the popup's on-demand chunk, the options page's backup export
  // and import) must match a chunk, so a renamed module can't slip out of the figures unnoticed.
  it.each(ON_DEMAND.source.split('|'))(
    '%s is loaded only on demand, through import()',
    async (part) => {
      const onDemand = bytes.total.names.filter((n) => new RegExp(part).test(n));
      expect(onDemand.length).toBeGreaterThan(0);
      const statically = new RegExp(String.raw`(?:\bfrom|\bimport)\s*["'][^"']*(?:${part})`);
      for (const name of bytes.total.names) {
        const code = await readFile(join(EXTENSION_DIR, name), 'utf8');
        expect(code, name).not.toMatch(statically);
      }
    },
  );
});

// The popup's first frame (issue 3): its styles come inside popup.html, not as a request of
// their own, and the waiting nudge is painted by a render-blocking script before that frame.
describe('popup.html as built', async () => {
  const html = await readFile(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  it('carries its styles inline: no stylesheet to fetch', () => {
    expect(html).not.toMatch(/<link[^>]*stylesheet/);
    expect(html).toMatch(/<style>[^<]*\.nudge-text\{/);
  });
  it('paints the waiting nudge with a deferred, render-blocking classic script', () => {
    expect(html).toMatch(
      /<script src="\/popup-paint\.js" data-main="\/chunks\/popup-[\w-]+\.js" data-preload="(\/chunks\/[\w-]+\.js ?)+" defer blocking="render"\s*>/,
    );
  });
  it('loads no module of its own: popup-paint.js asks for it once the nudge is in the page', () => {
    expect(html).not.toMatch(/type="module"|modulepreload/);
  });
  // modules/popup-first-paint/shared-chunk.ts: each file asked for before the first frame costs it.
  it('asks for two files then: its module and the one chunk it shares with the other pages', () => {
    expect(html).toMatch(/data-preload="\/chunks\/shared-[\w-]+\.js"/);
  });
});
