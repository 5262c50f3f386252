import type { Browser } from 'webextension-polyfill';

/**
 * The browser's own promise-based extension API, which every bundle uses in place of
 * webextension-polyfill: Chrome (Manifest V3) and Firefox both return promises natively for
 * every API Still Us calls, so the polyfill would only add about 3 KiB gzip to each page and
 * to the worker (issue 3's budgets). Code keeps importing `browser` from `wxt/browser` with
 * the polyfill's types; wxt.config.ts points `webextension-polyfill` here at build time.
 */
const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
export default scope.browser ?? scope.chrome;
