import type { Browser } from 'webextension-polyfill';

/**
 * The service worker's `browser`: the browser's own promise-based extension API. Chrome
 * (Manifest V3) and Firefox both return promises natively, so in the worker the polyfill
 * would only add 2.7 KiB of its 10 KiB budget; extension pages keep the polyfill.
 * wxt.config.ts points `webextension-polyfill` here for the background build only.
 */
const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
export default scope.browser ?? scope.chrome;
