import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Still Us',
    description: 'Tiny, gentle moments for new parents to stay close while they browse.',
    // Each permission is justified in the README; a later issue tests that table against this.
    permissions: ['alarms', 'storage', 'notifications'],
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
