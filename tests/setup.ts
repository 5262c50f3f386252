// happy-dom has no IndexedDB; idb-keyval runs on this in-memory one.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearHistory } from '@/utils/history/history';
import { CALL_SITE_PATTERNS } from '@/utils/schedule/hold-rules';
import { getMessageFrom } from './i18n/get-message';
import { installFakePermissions } from './support/fake-permissions';
import { serveLibrary } from './support/serve-library';

// fakeBrowser has no i18n: answer from the real locale file, substitutions included, as the
// browser would.
const getMessage = await getMessageFrom('locales/en.yml');
fakeBrowser.i18n.getMessage = getMessage;
// Nor the build's files: library.json is served as the build writes it.
serveLibrary();

/** Nor a manifest: the parts code reads, as wxt.config.ts writes them. */
const getManifest = (): ReturnType<typeof fakeBrowser.runtime.getManifest> => ({
  manifest_version: 3,
  name: 'Still Us',
  version: '0.0.0',
  optional_host_permissions: [...CALL_SITE_PATTERNS],
});

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage;
  fakeBrowser.runtime.getManifest = getManifest;
  // Nor permissions: a device where nothing optional is granted yet.
  installFakePermissions();
  // fakeBrowser has no popup URL either: keep one the way the browser does (full URL back).
  let popup = '/popup.html';
  fakeBrowser.action.setPopup = async (details) => {
    popup = details.popup;
  };
  fakeBrowser.action.getPopup = async () => fakeBrowser.runtime.getURL(popup as '/popup.html');
  // History is shared by the whole test file's module graph: start every test empty.
  await clearHistory();
});
