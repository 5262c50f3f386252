// `npm run bench`: Still Us measured in real headless Chromium against `wxt build` output.
// Prints a table, writes bench/results.json, exits non-zero naming any broken budget.
// Figures are medians of RUNS runs after WARMUP runs; timings are never asserted in `npm test`.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExtensionArgs, ensureBrowser } from '../tests/support/browsers.mjs';
import { measureBytes } from './bytes.mjs';
import { measureIdle } from './idle.mjs';
import { summarize } from './stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;
/**
 * The popup A/B is cheap and its figures come in whole frames' worth of timer steps (4–8 ms
 * of about 50): it takes three times the runs, so one noisy stretch moves its median less.
 */
const POPUP_RUNS = 3 * RUNS;
const PRODUCT = resolve('.output/bench/chrome-mv3');
const BASELINE = resolve('bench/baseline');
const SHIPPED = resolve('.output/chrome-mv3');
const BIG_COPY = resolve('.output/bench/chrome-mv3-big-history');
const BIG_HISTORY = Number(process.env.BENCH_BIG_HISTORY ?? 100_000);
/** Appends per run, each timed alone; the first of a run (its page waking up) is not counted. */
const APPENDS_PER_RUN = 10;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const repeat = async (n, fn) => {
  const values = [];
  for (let i = 0; i < WARMUP + n; i++) {
    const v = await fn(i);
    if (i >= WARMUP) values.push(v);
  }
  return values;
};

/**
 * Resolves with the render time of the element marked `elementtiming=name` (Element Timing
 * API), or null when the page reports none within 15 s (the caller loads it again).
 */
function elementPainted(page, name) {
  return page.evaluate(
    (id) =>
      new Promise((done) => {
        setTimeout(() => done(null), 15_000);
        new PerformanceObserver((list) => {
          const hit = list.getEntries().find((e) => e.identifier === id);
          if (hit) done(hit.renderTime || hit.loadTime || hit.startTime);
        }).observe({ type: 'element', buffered: true });
      }),
    name,
  );
}

/**
 * Navigation start → the nudge text painted (`nudge`), and → the text and a button both on
 * screen (`withButton`: the later of the two Element Timing entries, `nudge` and `action`).
 */
async function timeToNudge(page, url) {
  // A fresh document every run: the product URL differs only in its hash, which alone would
  // be a same-document navigation that paints nothing new.
  // A load that never reports its paint (rare, on a busy machine) is loaded again.
  for (let attempt = 0; attempt < 3; attempt++) {
    // In front, as a popup is: a tab behind another is throttled (its frames held back).
    await page.bringToFront();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('main button').length >= 4);
    const [nudge, action] = await Promise.all([
      elementPainted(page, 'nudge'),
      elementPainted(page, 'action'),
    ]);
    if (nudge !== null && action !== null) return { nudge, withButton: Math.max(nudge, action) };
  }
  throw new Error(`the popup never reported its nudge's paint: ${url}`);
}

/** The baseline popup wears the product's own CSS, so the A/B differs only in how it renders. */
async function writeBaselineCss() {
  const parts = await Promise.all(
    ['components/theme.css', 'entrypoints/popup/style.css'].map((f) => readFile(f, 'utf8')),
  );
  // style.css @imports the theme; the baseline inlines it instead (same rules, one file).
  const css = parts.join('\n').replace(/^@import .*;$/gm, '');
  await writeFile(join(BASELINE, 'popup.css'), css);
}

/** The baseline options page likewise wears the product's options CSS, inlined in one file. */
async function writeBaselineOptionsCss() {
  const parts = await Promise.all(
    ['components/theme.css', 'entrypoints/options/style.css'].map((f) => readFile(f, 'utf8')),
  );
  await writeFile(join(BASELINE, 'options.css'), parts.join('\n').replace(/^@import .*;$/gm, ''));
}

/**
 * A second copy of the bench build holds the big history. Each extension has its own
 * IndexedDB, so the 100-entry and the big store are measured in the same run, alternating
 * (A/B) like the popup, and drift on this machine (compaction, page cache) falls on both
 * alike. The copy has no worker: it never schedules or shows anything.
 */
async function writeBigCopy() {
  await rm(BIG_COPY, { recursive: true, force: true });
  await cp(PRODUCT, BIG_COPY, { recursive: true });
  const file = join(BIG_COPY, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  delete manifest.background;
  manifest.name = 'Still Us (bench: big history)';
  await writeFile(file, JSON.stringify(manifest));
  return realpath(BIG_COPY);
}

/**
 * A page of the extension with the bench's history hooks (entrypoints/bench-history.ts, bench
 * builds only): the static offscreen.html, which does nothing else, with that script added.
 */
async function openBenchHub(page, origin) {
  await page.goto(`${origin}offscreen.html`);
  await page.addScriptTag({ url: `${origin}bench-history.js` });
  await page.waitForFunction(() => 'stillUsBench' in window);
}

/** Chromium's id for an unpacked extension: SHA-256 of its path, 32 hex digits read as a–p. */
const unpackedId = (dir) =>
  [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');

async function main() {
  const executablePath = ensureBrowser('chromium');
  await writeBaselineCss();
  const bigCopy = await writeBigCopy();
  const profile = await mkdtemp(join(tmpdir(), 'still-us-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumExtensionArgs([PRODUCT, BASELINE, bigCopy]),
  });
  const results = {
    runs: RUNS,
    popupRuns: POPUP_RUNS,
    warmup: WARMUP,
    chromium: context.browser()?.version() ?? '',
    figures: {},
  };
  try {
    while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
    const ids = {};
    for (const sw of context.serviceWorkers()) {
      const name = await sw.evaluate(() => chrome.runtime.getManifest().name);
      ids[name === 'Still Us' ? 'product' : 'baseline'] = new URL(sw.url()).host;
    }
    if (ids.product !== unpackedId(await realpath(PRODUCT)))
      throw new Error('unpackedId() no longer matches how Chromium names unpacked extensions');
    ids.big = unpackedId(bigCopy);
    const url = (which, path) => `chrome-extension://${ids[which]}/${path}`;
    const productWorker = () => context.serviceWorkers().find((w) => w.url().includes(ids.product));
    // A fresh profile is a first install, so Still Us opens its welcome tab: close it, and
    // every figure is taken in the browser as it was before the welcome page existed.
    const isWelcome = (p) => p.url() === url('product', 'welcome.html');
    for (let i = 0; i < 100 && !context.pages().some(isWelcome); i++) await sleep(100);
    for (const page of context.pages().filter(isWelcome)) {
      // Once it has drawn: closing it mid-load can leave the renderer without the messages.
      await page.locator('h1').filter({ hasText: /\S/ }).waitFor();
      await page.close();
    }

    // A working page with the product's bench hooks (history seeding); it also keeps a window focused.
    const hub = await context.newPage();
    await openBenchHub(hub, url('product', ''));
    // Every kind but flirty texts is off: the kinds are the library's files (content/nudges).
    const kindsOff = (await readdir('content/nudges'))
      .map((file) => file.replace(/\.yml$/, ''))
      .filter((kind) => kind !== 'flirty-text');
    await productWorker().evaluate(
      (kindsOff) =>
        chrome.storage.sync.set({
          preferences: {
            partnerName: 'Sam',
            perDay: 12,
            maxPerDay: 24,
            quietHours: [],
            kindsOff,
            delivery: 'popup',
            pausedUntil: null,
          },
          // The current shape (utils/storage/stored-item.ts): no migration touches the kinds, so
          // the popup shows a flirty text with its message and Copy, like the baseline.
          preferences$: { v: 3 },
        }),
      kindsOff,
    );

    // 1. Popup time-to-nudge: the product with a nudge waiting (A) and opened by hand with
    // nothing waiting (H), against the bare static baseline (B), taking turns.
    const warmA = await context.newPage();
    await warmA.goto(url('product', 'popup.html')); // picks and stores the pending nudge
    await warmA.getByTestId('nudge-text').waitFor();
    // The URL the toolbar popup really opens now: the waiting nudge rides in its hash.
    const productPopup = await productWorker().evaluate(() => chrome.action.getPopup({}));
    if (!productPopup.includes('#'))
      throw new Error(`the popup URL carries no nudge: ${productPopup}`);
    const waiting = await hub.evaluate(
      async () => (await chrome.storage.local.get('pendingNudge')).pendingNudge,
    );
    await warmA.goto(productPopup);
    const warmB = await context.newPage();
    await warmB.goto(url('baseline', 'popup.html'));
    const pages = {
      A: await context.newPage(),
      H: await context.newPage(),
      B: await context.newPage(),
    };
    const runs = { A: [], H: [], B: [] };
    const ready = { A: [], H: [] };
    // When Preact has adopted the painted nudge and the buttons work.
    const popupReady = (page) =>
      page
        .waitForFunction(() => performance.getEntriesByName('still-us:popup-ready').length > 0)
        .then(() =>
          page.evaluate(() => performance.getEntriesByName('still-us:popup-ready')[0].startTime),
        );
    const popupOpened = (page) =>
      page.waitForFunction(() => performance.getEntriesByName('still-us:popup-opened').length > 0);
    /** The idea drawn ahead (utils/popup/ready/drop-ready-idea.ts), as the product's pages see it. */
    const readyIdea = () => hub.evaluate(() => localStorage.getItem('still-us:ready-idea'));
    // Taken by the popup that shows it (utils/popup/ready/ready-idea-store.ts): one there is new.
    const waitForReadyIdea = async () => {
      for (let t = 0; t < 500; t++) {
        if ((await readyIdea()) !== null) return;
        await sleep(15);
      }
      throw new Error('no idea was drawn ahead for the next popup opened by hand');
    };
    // Every run starts after the same short pause: a storage change wakes the worker (its
    // onChanged listener), which must not share the CPU with the page being timed.
    const settle = () => sleep(150);
    const measure = {
      // A nudge waiting, as the worker leaves it: in storage and in the popup's URL.
      A: async () => {
        await hub.evaluate((p) => chrome.storage.local.set({ pendingNudge: p }), waiting);
        await settle();
        return timeToNudge(pages.A, productPopup);
      },
      // Opened by hand, nothing waiting: the toolbar opens the bare popup.html, which paints
      // the idea drawn ahead; the next one is drawn before the next run, as between two opens.
      H: async () => {
        await hub.evaluate(() => chrome.storage.local.remove('pendingNudge'));
        await waitForReadyIdea();
        await settle();
        const before = await readyIdea();
        const value = await timeToNudge(pages.H, url('product', 'popup.html'));
        const painted = await pages.H.evaluate(() => window.stillUsPainted);
        if (painted?.ready !== true)
          throw new Error(
            `the popup opened by hand did not paint the idea drawn ahead: ${JSON.stringify({ painted, before })}`,
          );
        return value;
      },
      B: async () => {
        await settle();
        return timeToNudge(pages.B, url('baseline', 'popup.html'));
      },
    };
    // The first by-hand open finds nothing drawn ahead (a first install): it draws one.
    await hub.evaluate(() => chrome.storage.local.remove('pendingNudge'));
    await pages.H.goto(url('product', 'popup.html'));
    await waitForReadyIdea();
    const orders = [
      ['A', 'H', 'B'],
      ['B', 'A', 'H'],
      ['H', 'B', 'A'],
    ];
    for (let i = 0; i < WARMUP + POPUP_RUNS; i++) {
      for (const which of orders[i % orders.length]) {
        const value = await measure[which]();
        if (i < WARMUP) continue;
        runs[which].push(value);
        if (which !== 'B') ready[which].push(await popupReady(pages[which]));
        // The popup's own storage reads and writes are over before the next run changes it.
        if (which !== 'B') await popupOpened(pages[which]);
      }
    }
    await Promise.all([warmA, warmB, ...Object.values(pages)].map((p) => p.close()));
    const of = (which, key) => summarize(runs[which].map((r) => r[key]));
    const baseline = of('B', 'nudge');
    const baselineWithButton = of('B', 'withButton');
    const product = of('A', 'nudge');
    const productWithButton = of('A', 'withButton');
    const byHand = of('H', 'nudge');
    const productReady = summarize(ready.A);
    const byHandReady = summarize(ready.H);
    results.figures.popupTimeToNudge = {
      product,
      baseline,
      ratio: product.median / baseline.median,
      productWithButton,
      baselineWithButton,
      withButtonRatio: productWithButton.median / baselineWithButton.median,
      byHand,
      byHandRatio: byHand.median / baseline.median,
      productReady,
      readyRatio: productReady.median / baseline.median,
      byHandReady,
      byHandReadyRatio: byHandReady.median / baseline.median,
    };

    // 2. Alarm → openPopup() inside the worker, warm and cold.
    const closePopups = () =>
      hub.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((v) => v.close()));
    const lastDelta = (worker) =>
      worker.evaluate(() => {
        const alarm = performance.getEntriesByName('still-us:alarm').at(-1);
        const open = performance.getEntriesByName('still-us:open-popup').at(-1);
        return alarm && open && open.startTime >= alarm.startTime
          ? {
              delta: open.startTime - alarm.startTime,
              sinceStart: open.startTime,
              count: performance.getEntriesByName('still-us:open-popup').length,
            }
          : null;
      });
    const fireAndWait = async (getWorker, before) => {
      // The last nudge's history entry lands after its openPopup(): wait for it, then clear,
      // so neither the daily cap nor the 30-minute gap refuses the next alarm.
      if (before > 0) {
        for (
          let t = 0;
          t < 200 && (await hub.evaluate(() => window.stillUsBench.count())) === 0;
          t++
        )
          await sleep(25);
        // The handler's last step arms the next nudge (after the record): wait for it too, or
        // it lands after the early alarm below and replaces it.
        for (
          let t = 0;
          t < 200 &&
          !(await hub.evaluate(async () => {
            const next = await chrome.alarms.get('next-nudge');
            return next !== undefined && next.scheduledTime > Date.now() + 60_000;
          }));
          t++
        )
          await sleep(25);
      }
      await hub.evaluate(() => window.stillUsBench.clear());
      // The last nudge goes too: a waiting nudge history does not hold reads as one a stopped
      // worker never finished, and the alarm would finish it instead of opening the popup.
      await hub.evaluate(() => chrome.storage.local.remove(['pendingNudge', 'popupShown']));
      await hub.evaluate(() => chrome.alarms.create('next-nudge', { when: Date.now() + 50 }));
      for (let t = 0; t < 200; t++) {
        const worker = await getWorker();
        const m = worker && (await lastDelta(worker).catch(() => null));
        if (m && m.count > before) return m;
        await sleep(25);
      }
      throw new Error('the alarm did not reach openPopup()');
    };
    const warm = await repeat(RUNS, async () => {
      await closePopups();
      const before = (await lastDelta(productWorker()))?.count ?? 0;
      return (await fireAndWait(productWorker, before)).delta;
    });
    // Playwright keeps one handle for the worker; after a stop it reaches the restarted one.
    const cdp = await context.newCDPSession(hub);
    await cdp.send('ServiceWorker.enable');
    const worker = productWorker();
    const origin = () => worker.evaluate(() => performance.timeOrigin).catch(() => null);
    const cold = [];
    const coldStart = [];
    await repeat(RUNS, async (i) => {
      await closePopups();
      const before = await origin();
      await cdp.send('ServiceWorker.stopAllWorkers');
      const m = await fireAndWait(async () => {
        const now = await origin();
        return now !== null && now !== before ? worker : undefined;
      }, 0);
      if (i >= WARMUP) {
        cold.push(m.delta);
        coldStart.push(m.sinceStart);
      }
    });
    results.figures.alarmToPopup = {
      warm: summarize(warm),
      cold: summarize(cold),
      coldFromWorkerStart: summarize(coldStart),
    };
    await closePopups();

    // 3 and 4. Options page and history append: the product holding 100 entries against the
    // big copy holding BIG_HISTORY, alternating A/B in the same run.
    const bigHub = await context.newPage();
    await openBenchHub(bigHub, url('big', ''));
    const hubs = { small: hub, big: bigHub };
    const extensionOf = { small: 'product', big: 'big' };
    await hub.evaluate(() => window.stillUsBench.clear());
    await hub.evaluate(() => window.stillUsBench.seed(100));
    await bigHub.evaluate((n) => window.stillUsBench.seed(n), BIG_HISTORY);
    const count = (size) => hubs[size].evaluate(() => window.stillUsBench.count());
    const counts = { small: await count('small'), big: await count('big') };
    // IndexedDB settles before timing: the big seed leaves seconds of LevelDB compaction behind.
    await sleep(10_000);
    const alternate = async (measure) => {
      const values = { small: [], big: [] };
      for (let i = 0; i < WARMUP + RUNS; i++) {
        for (const size of i % 2 === 0 ? ['small', 'big'] : ['big', 'small']) {
          const v = await measure(size);
          if (i >= WARMUP) values[size].push(...[v].flat());
        }
      }
      return values;
    };
    const optionsPages = { small: await context.newPage(), big: await context.newPage() };
    const paints = await alternate(async (size) => {
      // A load that never reports its paint (rare, on a busy machine) is loaded again.
      for (let attempt = 0; attempt < 3; attempt++) {
        // In front: a tab behind the other paints nothing, so it would report no paint.
        await optionsPages[size].bringToFront();
        await optionsPages[size].goto(url(extensionOf[size], 'options.html'));
        const painted = await elementPainted(optionsPages[size], 'history');
        if (painted !== null) return painted;
        const seen = await optionsPages[size].evaluate(() => ({
          visibility: document.visibilityState,
          marked: document.querySelector('[elementtiming="history"]') !== null,
          status: document.querySelector('.history-status')?.textContent ?? null,
        }));
        console.error(`the ${size} history reported no paint (attempt ${attempt + 1}):`, seen);
      }
      throw new Error(`the ${size} history never reported its paint (Element Timing)`);
    });
    const appends = await alternate(async (size) => {
      const times = await hubs[size].evaluate(
        (n) => window.stillUsBench.timeAppends(n),
        APPENDS_PER_RUN,
      );
      return times.slice(1);
    });
    const compare = ({ small, big }) => {
      const a = summarize(small);
      const b = summarize(big);
      return {
        small: a,
        big: b,
        smallCount: counts.small,
        bigCount: counts.big,
        ratio: b.median / a.median,
      };
    };
    results.figures.optionsHistoryPaint = compare(paints);
    results.figures.historyAppend = compare(appends);
    await Promise.all([...Object.values(optionsPages), bigHub].map((p) => p.close()));

    // The top of the options page ("Right now", its first line) against a static page of
    // the same top in the product's own CSS (bench/baseline/options.html), alternating A/B.
    await writeBaselineOptionsCss();
    const topPages = { product: await context.newPage(), baseline: await context.newPage() };
    const tops = { product: [], baseline: [] };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const which of i % 2 === 0 ? ['product', 'baseline'] : ['baseline', 'product']) {
        const top = topPages[which];
        // In front, as for the history above: a tab behind another paints nothing.
        await top.bringToFront();
        await top.goto('about:blank');
        await top.goto(url(which, 'options.html'));
        const painted = await elementPainted(top, 'now');
        if (painted === null) throw new Error(`the ${which} options top never reported its paint`);
        if (i >= WARMUP) tops[which].push(painted);
      }
    }
    const topA = summarize(tops.product);
    const topB = summarize(tops.baseline);
    results.figures.optionsTop = {
      product: topA,
      baseline: topB,
      ratio: topA.median / topB.median,
    };
    await Promise.all(Object.values(topPages).map((p) => p.close()));

    // 6a. No content script: an ordinary page gets no execution context from any extension.
    const page = await context.newPage();
    const pageCdp = await context.newCDPSession(page);
    const extensionContexts = [];
    pageCdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if (c.origin.startsWith('chrome-extension://')) extensionContexts.push(c.origin);
    });
    await pageCdp.send('Runtime.enable');
    await page.goto('data:text/html,<h1>An ordinary page</h1>');
    await page.reload();
    await sleep(500);
    results.figures.idle = { contentScriptContexts: extensionContexts.length };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }

  // 6b. Idle: a fresh browser with the shipped build, 40 s without events.
  Object.assign(
    results.figures.idle,
    await measureIdle({
      executablePath: ensureBrowser('chromium'),
      extensionDir: SHIPPED,
      idleMs: Number(process.env.BENCH_IDLE_MS ?? 40_000),
    }),
  );

  // 5. Shipped code, from the real (non-bench) build.
  results.figures.bytes = await measureBytes(SHIPPED);
  return results;
}

const KiB = 1024;
function budgets(f) {
  return [
    ['popup time-to-nudge ratio ≤ 1.15', f.popupTimeToNudge.ratio <= 1.15],
    ['popup text and a button ratio ≤ 1.15', f.popupTimeToNudge.withButtonRatio <= 1.15],
    ['popup opened by hand ratio ≤ 1.15', f.popupTimeToNudge.byHandRatio <= 1.15],
    ['popup buttons working ratio ≤ 1.3', f.popupTimeToNudge.readyRatio <= 1.3],
    ['options history paint ratio (100k / 100) ≤ 1.2', f.optionsHistoryPaint.ratio <= 1.2],
    ['options top painted ratio ≤ 1.3', f.optionsTop.ratio <= 1.3],
    ['history append ratio (100k / 100) ≤ 1.5', f.historyAppend.ratio <= 1.5],
    ['popup JS ≤ 15 KiB gzip', f.bytes.popup.gzip <= 15 * KiB],
    ['options JS ≤ 30 KiB gzip', f.bytes.options.gzip <= 30 * KiB],
    ['background JS ≤ 10 KiB gzip', f.bytes.background.gzip <= 10 * KiB],
    ['all JS ≤ 60 KiB gzip', f.bytes.total.gzip <= 60 * KiB],
    ['worker stopped after 40 s idle', !f.idle.workerRunningAfterIdle],
    ['no content script on pages', f.idle.contentScriptContexts === 0],
  ];
}

const ms = (s) => `${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
const kb = (b) => `${(b.raw / KiB).toFixed(1)} KiB raw, ${(b.gzip / KiB).toFixed(1)} KiB gzip`;

const results = await main();
const f = results.figures;
const rows = [
  ['Popup time-to-nudge: Still Us', ms(f.popupTimeToNudge.product)],
  ['Popup time-to-nudge: static baseline', ms(f.popupTimeToNudge.baseline)],
  ['Popup ratio (budget ≤ 1.15)', f.popupTimeToNudge.ratio.toFixed(2)],
  ['Popup text and a button on screen: Still Us', ms(f.popupTimeToNudge.productWithButton)],
  ['Popup text and a button on screen: static baseline', ms(f.popupTimeToNudge.baselineWithButton)],
  ['Popup text and a button ratio (budget ≤ 1.15)', f.popupTimeToNudge.withButtonRatio.toFixed(2)],
  ['Popup opened by hand, nothing waiting: Still Us', ms(f.popupTimeToNudge.byHand)],
  ['Popup opened by hand ratio (budget ≤ 1.15)', f.popupTimeToNudge.byHandRatio.toFixed(2)],
  ['Popup buttons working (Preact mounted), a nudge waiting', ms(f.popupTimeToNudge.productReady)],
  ['Popup buttons working / static paint (budget ≤ 1.3)', f.popupTimeToNudge.readyRatio.toFixed(2)],
  ['Popup buttons working, opened by hand', ms(f.popupTimeToNudge.byHandReady)],
  [
    'Popup buttons working by hand / static paint (no budget)',
    f.popupTimeToNudge.byHandReadyRatio.toFixed(2),
  ],
  ['Alarm → openPopup(), warm worker', ms(f.alarmToPopup.warm)],
  ['Alarm → openPopup(), cold worker', ms(f.alarmToPopup.cold)],
  ['Cold worker start → openPopup()', ms(f.alarmToPopup.coldFromWorkerStart)],
  [
    `Options history paint, ${f.optionsHistoryPaint.smallCount} entries`,
    ms(f.optionsHistoryPaint.small),
  ],
  [
    `Options history paint, ${f.optionsHistoryPaint.bigCount} entries`,
    ms(f.optionsHistoryPaint.big),
  ],
  ['Options ratio (budget ≤ 1.2)', f.optionsHistoryPaint.ratio.toFixed(2)],
  ['Options top painted: Still Us', ms(f.optionsTop.product)],
  ['Options top painted: static baseline', ms(f.optionsTop.baseline)],
  ['Options top ratio (budget ≤ 1.3)', f.optionsTop.ratio.toFixed(2)],
  [`History append, ${f.historyAppend.smallCount} entries`, ms(f.historyAppend.small)],
  [`History append, ${f.historyAppend.bigCount} entries`, ms(f.historyAppend.big)],
  [
    'History append, mean (with LevelDB compaction stalls)',
    `${f.historyAppend.small.mean.toFixed(2)} / ${f.historyAppend.big.mean.toFixed(2)} ms`,
  ],
  ['Append ratio (budget ≤ 1.5)', f.historyAppend.ratio.toFixed(2)],
  ['Popup JS (budget ≤ 15 KiB gzip)', kb(f.bytes.popup)],
  ['Options JS (budget ≤ 30 KiB gzip)', kb(f.bytes.options)],
  ['Background JS (budget ≤ 10 KiB gzip)', kb(f.bytes.background)],
  ['All JS (budget ≤ 60 KiB gzip)', kb(f.bytes.total)],
  ['Library data, library.json (not JS; loaded to draw a nudge; no budget)', kb(f.bytes.library)],
  ['Worker running after 40 s idle', f.idle.workerRunningAfterIdle ? 'yes' : 'no'],
  [
    'Worker stopped by the browser after',
    f.idle.stoppedAfterMs === null ? 'never' : `${(f.idle.stoppedAfterMs / 1000).toFixed(1)} s`,
  ],
  ['Content-script contexts on a page', String(f.idle.contentScriptContexts)],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(
  `\nStill Us bench — median of ${RUNS} runs (the popup A/B: ${POPUP_RUNS}) after ${WARMUP} warm-up, Chromium ${results.chromium}\n`,
);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
const broken = budgets(f)
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
results.broken = broken;
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
if (broken.length) {
  console.error(`\nOver budget:\n${broken.map((b) => `- ${b}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets held.');
