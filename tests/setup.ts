// happy-dom has no IndexedDB; idb-keyval runs on this in-memory one.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearHistory } from '@/utils/history/history';
import { getMessageFrom } from './i18n/get-message';
import { installFakePermissions } from './support/fake-permissions';
import { serveLibrary } from './support/serve-library';

// fakeBrowser has no i18n: answer from the real locale file, substitutions included, as the
// browser would.
const getMessage = await getMessageFrom('locales/en.yml');
fakeBrowser.i18n.getMessage = getMessage;
// Nor the build's files: library.json is served as the build writes it.
serveLibrary();

beforeEach(async () => {
  fakeBrowser.reset();
  // The theme's copy and the popup's idea drawn ahead live in localStorage: start every test without.
  globalThis.localStorage?.clear();
  fakeBrowser.i18n.getMessage = getMessage;
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
