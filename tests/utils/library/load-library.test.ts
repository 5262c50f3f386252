import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '../../support/library';

// Each test loads the module afresh: the library is kept once read, for the page's lifetime.
let loadLibrary: () => Promise<unknown>;
beforeEach(async () => {
  vi.resetModules();
  ({ loadLibrary } = await import('@/utils/library/load-library'));
});
afterEach(() => vi.restoreAllMocks());

it('reads the extension’s own library.json and decodes it', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch');
  expect(await loadLibrary()).toEqual(library);
  expect(fetch).toHaveBeenCalledWith(fakeBrowser.runtime.getURL('/library.json'));
});

it('reads the file once while the page or worker lives', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch');
  await Promise.all([loadLibrary(), loadLibrary()]);
  await loadLibrary();
  expect(fetch).toHaveBeenCalledTimes(1);
});

it.each([
  ['cannot be fetched', () => Promise.reject(new TypeError('no file'))],
  ['is missing', async () => new Response('', { status: 404 })],
  ['is not JSON', async () => new Response('<html>')],
])('rejects when the file %s, and reads it again next time', async (_, failure) => {
  const fetch = vi.spyOn(globalThis, 'fetch').mockImplementationOnce(failure);
  await expect(loadLibrary()).rejects.toThrow();
  expect(await loadLibrary()).toEqual(library);
  expect(fetch).toHaveBeenCalledTimes(2);
});
