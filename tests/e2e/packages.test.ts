import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { EXTENSION_DIR, FIREFOX_DIR } from './support/extension';

// `npm run zip` (issue 7): the store packages, and the sources Firefox reviewers build from.
// `npm test` makes them with `wxt zip`, so these check what would be uploaded.
const OUT = resolve(process.env.STILL_US_OUT ?? '.output');
const { name, version } = JSON.parse(await readFile('package.json', 'utf8')) as {
  name: string;
  version: string;
};

async function zipFiles(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(join(OUT, file)));
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}

async function dirFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('npm run zip', () => {
  it.each([
    ['chrome', EXTENSION_DIR],
    ['firefox', FIREFOX_DIR],
  ])('the %s zip is exactly the build, named with the package version', async (browser, dir) => {
    expect(await zipFiles(`${name}-${version}-${browser}.zip`)).toEqual(await dirFiles(dir));
  });

  it('the sources zip has what a reviewer needs to build, and nothing else', async () => {
    const files = await zipFiles(`${name}-${version}-sources.zip`);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md'])
      expect(files).toContain(needed);
    for (const folder of [
      'entrypoints/',
      'components/',
      'utils/',
      'locales/',
      'public/',
      'scripts/',
      'content/',
      'modules/',
    ])
      expect(
        files.some((f) => f.startsWith(folder)),
        folder,
      ).toBe(true);
    expect(files.filter((f) => /^(node_modules|\.output|\.wxt|tests|bench)\//.test(f))).toEqual([]);
    // Everything the build imports is in it. (WXT leaves out entrypoints Firefox does not
    // build, such as the Chrome-only offscreen copy, so those folders are not listed here.)
    for (const folder of ['components', 'utils', 'locales', 'scripts', 'content', 'modules'])
      for (const file of await dirFiles(folder)) expect(files).toContain(`${folder}/${file}`);
  });
});
