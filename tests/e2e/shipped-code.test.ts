import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EXTENSION_DIR, FIREFOX_DIR } from './support/extension';

// Issue 7: the shipped code makes no network call of any kind. These scan the built output
// (what a store reviewer gets), for Chrome and for Firefox.

async function files(dir: string, pattern: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && pattern.test(entry.name)) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/**
 * What would reach the network from a page or the worker. `fetch` only of the extension's own
 * files (`runtime.getURL`: the library's data, library.json) stays inside the package.
 */
const NETWORK_APIS = [
  /\bfetch\s*\((?![\w$]+\.runtime\.getURL\()/,
  /XMLHttpRequest/,
  /WebSocket/,
  /sendBeacon/,
  /EventSource/,
  /WebTransport/,
  /RTCPeerConnection/,
  /importScripts/,
];

/** Links inside libraries' developer error messages: text, never loaded. */
const LIBRARY_DOC_LINKS = [
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://wxt.dev/guide/go-further/testing.html',
];

/** Addresses that never load anything: XML namespaces, doc links, the call sites' patterns. */
function harmlessUrl(url: string, matchPatterns: string[]): boolean {
  return (
    url.startsWith('http://www.w3.org/') ||
    LIBRARY_DOC_LINKS.includes(url) ||
    matchPatterns.includes(url)
  );
}

describe.each([
  ['Chrome', EXTENSION_DIR],
  ['Firefox', FIREFOX_DIR],
])('the %s build', async (_, dir) => {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    optional_host_permissions?: string[];
  };
  const patterns = manifest.optional_host_permissions ?? [];
  const code = await files(dir, /\.(js|html|css)$/);

  it('has code to scan', () => {
    expect(code.length).toBeGreaterThan(3);
  });

  it.each(NETWORK_APIS.map((api) => [String(api), api] as const))(
    'never calls %s',
    async (_name, api) => {
      for (const file of code) {
        expect(await readFile(file, 'utf8'), relative(dir, file)).not.toMatch(api);
      }
    },
  );

  it('loads nothing remote: every address in the code is a namespace or a call-site pattern', async () => {
    for (const file of code) {
      const text = await readFile(file, 'utf8');
      const urls = [...text.matchAll(/(?:https?|wss?|ftp):\/\/[^\s"'`)<>]*/g)].map((m) => m[0]);
      expect(
        urls.filter((url) => !harmlessUrl(url, patterns)),
        relative(dir, file),
      ).toEqual([]);
      // Protocol-relative addresses (//host/…) in markup or styles would load remotely too.
      if (!file.endsWith('.js'))
        expect(text, relative(dir, file)).not.toMatch(
          /(?:src|href)\s*=\s*["']\/\/|url\(\s*["']?\/\//,
        );
    }
  });

  it('has no inline scripts in its pages (the CSP would refuse them anyway)', async () => {
    for (const file of await files(dir, /\.html$/)) {
      const html = await readFile(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes, body] of scripts) {
        expect(attributes, relative(dir, file)).toMatch(/\ssrc=/);
        expect((body ?? '').trim(), relative(dir, file)).toBe('');
      }
    }
  });
});
