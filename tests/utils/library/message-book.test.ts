import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMessageBook } from '@/utils/library/message-book';

afterEach(() => vi.restoreAllMocks());

it('reads nothing for “the same as Still Us”', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch');
  expect(await loadMessageBook('same')).toBeNull();
  expect(fetch).not.toHaveBeenCalled();
});

it('reads a language’s messages to send from the extension’s own file', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch');
  const book = await loadMessageBook('es');
  expect(fetch).toHaveBeenCalledWith(fakeBrowser.runtime.getURL('/messages/es.json'));
  expect(book?.fallback).toBe('mi amor');
  expect(book?.byId['flirty-text-14']).toMatch(/\{partner\}/);
  expect(Object.keys(book?.byId ?? {}).length).toBeGreaterThan(80);
});

it.each([
  ['cannot be fetched', () => Promise.reject(new TypeError('no file'))],
  ['is missing', async () => new Response('', { status: 404 })],
  ['is not JSON', async () => new Response('<html>')],
])('gives none when the file %s: the messages stay in the pages’ language', async (_, failure) => {
  vi.spyOn(globalThis, 'fetch').mockImplementationOnce(failure);
  expect(await loadMessageBook('de')).toBeNull();
  expect((await loadMessageBook('de'))?.fallback).toBe('Schatz');
});
