import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CALL_SITE_PATTERNS } from './utils/schedule/hold-rules';

/** `npm run bench` builds into its own folder, with a page that seeds history (never shipped). */
const bench = process.env.STILL_US_BENCH === '1';
/** STILL_US_OUT: another output folder, so parallel work can build and test side by side. */
const outDir = process.env.STILL_US_OUT ?? (bench ? '.output/bench' : '.output');
/**
 * The oldest Chrome and Firefox Still Us runs in, declared in the manifests.
 * `npm run browsers:minimums` works them out from MDN's browser-compat-data for what the build
 * uses (README, "Supported browsers"); tests/e2e/browser-versions.test.ts fails when the build
 * needs more than this. The bundler targets the same versions, so it keeps what they all have
 * (`light-dark()` colours, for one) instead of rewriting it for older browsers.
 */
const MINIMUM = { chrome: '127', firefox: '140.0' } as const;
const isFirefox = (browser: string) => browser === 'firefox';

// See https://wxt.dev/api/config.html
export default defineConfig({
  outDir,
  hooks: {
    // Every bundle uses the browser's own promise-based API (see utils/platform/native-browser.ts),
    // and a smaller runtime for `#i18n` (see utils/platform/i18n.ts).
    'vite:build:extendConfig': (_entrypoints, config) => {
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: [
          {
            find: /^webextension-polyfill$/,
            replacement: resolve('utils/platform/native-browser.ts'),
          },
          { find: /^@wxt-dev\/i18n$/, replacement: resolve('utils/platform/i18n.ts') },
          ...(Array.isArray(alias)
            ? alias
            : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
    },
    // The offscreen page is Chrome's way to the clipboard; Firefox has no offscreen API.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const page = files.findIndex((f) => f.relativeDest === 'offscreen.html');
      if (page >= 0) files.splice(page, 1);
    },
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (!bench)
        entrypoints.splice(
          0,
          entrypoints.length,
          ...entrypoints.filter((e) => e.name !== 'bench-history'),
        );
    },
  },
  // The sources zip Firefox reviewers build from: `npm ci && npm run build:firefox` (README,
  // "Store packages"). Tests and the benchmark are not needed for that.
  zip: { excludeSources: ['tests/**', 'bench/**', 'store/**/*.png'] },
  // i18n: words reach code through browser.i18n, not the bundle. The local module
  // modules/content (loaded after these) adds the nudges' words from content/nudges/.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: ({ browser }) => ({
    // The local modules in modules/ (WXT loads them itself) add their own plugins.
    plugins: [preact()],
    // The bench's timing marks in the worker (utils/platform/env.d.ts): its build only.
    define: { 'import.meta.env.STILL_US_BENCH': JSON.stringify(bench) },
    build: {
      // The JavaScript and CSS are written for the oldest browser the build declares.
      target: isFirefox(browser) ? `firefox${MINIMUM.firefox}` : `chrome${MINIMUM.chrome}`,
      // Extension pages run in browsers with native modulepreload: no polyfill needed.
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    // From locales/<lang>.yml `common`: the browser shows them in its own language.
    name: '__MSG_common_extension_name__',
    description: '__MSG_common_extension_description__',
    default_locale: 'en',
    // Each permission is justified in the README; a later issue tests that table against this.
    permissions: [
      'alarms',
      'storage',
      'notifications',
      'idle',
      // Chrome: Copy on a notification copies through a hidden offscreen page.
      ...(isFirefox(browser) ? [] : ['offscreen', 'clipboardWrite']),
    ],
    // Asked for only when the person turns on "Wait while I'm on a call" in the options.
    optional_host_permissions: [...CALL_SITE_PATTERNS],
    action: { default_title: 'Still Us' },
    ...(!isFirefox(browser) && { minimum_chrome_version: MINIMUM.chrome }),
    ...(isFirefox(browser) && {
      browser_specific_settings: {
        gecko: {
          id: 'still-us@still-us.app',
          strict_min_version: MINIMUM.firefox,
          // Nothing is collected or sent anywhere.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
