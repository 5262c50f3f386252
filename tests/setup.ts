// happy-dom has no IndexedDB; idb-keyval runs on this in-memory one.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearHistory } from '@/utils/history';

beforeEach(async () => {
  fakeBrowser.reset();
  // History is shared by the whole test file's module graph: start every test empty.
  await clearHistory();
});
