import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { inlinePopupCss } from './scripts/inline-popup-css';
import { popupModuleAfterPaint } from './scripts/popup-module-after-paint';
import { CALL_SITE_PATTERNS } from './utils/delivery-hold';

/** `npm run bench` builds into its own folder, with a page that seeds history (never shipped). */
const bench = process.env.STILL_US_BENCH === '1';
/** STILL_US_OUT: another output folder, so parallel work can build and test side by side. */
const outDir = process.env.STILL_US_OUT ?? (bench ? '.output/bench' : '.output');

// See https://wxt.dev/api/config.html
export default defineConfig({
  outDir,
  hooks: {
    // The worker uses the browser's own promise-based API (see utils/worker-browser.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'background')) return;
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^webextension-polyfill$/, replacement: resolve('utils/worker-browser.ts') },
          ...(Array.isArray(alias)
            ? alias
            : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
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
  zip: { excludeSources: ['tests/**', 'bench/**', 'store/*.png'] },
  // i18n: nudge texts live in locales/en.yml and reach code through browser.i18n, not the bundle.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact(), inlinePopupCss(), popupModuleAfterPaint()],
    // Extension pages run in browsers with native modulepreload: no polyfill needed.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Still Us',
    description: 'Tiny, gentle moments for new parents to stay close while they browse.',
    default_locale: 'en',
    // Each permission is justified in the README; a later issue tests that table against this.
    permissions: [
      'alarms',
      'storage',
      'notifications',
      'idle',
      // Chrome: Copy on a notification copies through a hidden offscreen page.
      ...(browser === 'firefox' ? [] : ['offscreen', 'clipboardWrite']),
    ],
    // Asked for only when the person turns on "Wait while I'm on a call" in the options.
    optional_host_permissions: [...CALL_SITE_PATTERNS],
    action: { default_title: 'Still Us' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'still-us@still-us.app',
          // Nothing is collected or sent anywhere.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
