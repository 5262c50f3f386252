import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExtensionArgs } from './tests/support/browsers.mjs';
import { summarize } from './bench/stats.mjs';
const variants = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 15);
const ctx = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(),'exp-')), { executablePath: '/usr/bin/chromium', headless: true, args: chromiumExtensionArgs(['/tmp/exp', resolve('bench/baseline')]) });
while (ctx.serviceWorkers().length < 2) await ctx.waitForEvent('serviceworker');
const ids = {};
for (const sw of ctx.serviceWorkers()) { const n = await sw.evaluate(() => chrome.runtime.getManifest().name); ids[n === 'Still Us' ? 'p' : 'b'] = new URL(sw.url()).host; }
const sw = ctx.serviceWorkers().find(w => w.url().includes(ids.p));
await sw.evaluate(() => chrome.storage.sync.set({ preferences: { partnerName: 'Sam', perDay: 12, maxPerDay: 24, quietHours: [], categories: ['flirty-text'], delivery: 'popup', pausedUntil: null } }));
const paint = (page) => page.evaluate(() => new Promise((done) => new PerformanceObserver((l) => { const h = l.getEntries().find(e => e.identifier === 'nudge'); if (h) done(h.renderTime || h.startTime); }).observe({ type: 'element', buffered: true })));
const t = async (page, url) => { await page.goto(url); await page.waitForFunction(() => document.querySelectorAll('main button').length >= 4); return paint(page); };
const warm = []; for (const u of [`chrome-extension://${ids.p}/popup.html`, `chrome-extension://${ids.b}/popup.html`]) { const p = await ctx.newPage(); await p.goto(u); warm.push(p); }
await new Promise(r=>setTimeout(r,500));
const all = ['b', ...variants]; const pages = {}; const vals = {};
for (const v of all) { pages[v] = await ctx.newPage(); vals[v] = []; }
for (let i = 0; i < RUNS + 3; i++) {
  const order = i % 2 ? [...all].reverse() : all;
  for (const v of order) { const u = v === 'b' ? `chrome-extension://${ids.b}/popup.html` : `chrome-extension://${ids.p}/${v}`;  const x = await t(pages[v], u); if (i >= 3) vals[v].push(x); }
}
const base = summarize(vals.b).median;
for (const v of all) { const s = summarize(vals[v]); console.log(v.padEnd(14), s.median.toFixed(1), (s.median / base).toFixed(2), s.min.toFixed(1), s.max.toFixed(1)); }
await ctx.close();
