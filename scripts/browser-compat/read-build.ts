// Reads the builds and MDN's browser-compat-data from disk for ./index.ts: used
// by `npm run browsers:minimums` and tests/e2e/browser-versions.test.ts.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { CompatData } from '@mdn/browser-compat-data/types';
import { browserReport, scanBuild, type Browser, type BrowserReport } from '.';

/**
 * BCD, read as plain JSON through Node (about 20 MB: faster than a bundler's JSON import).
 * The package is a devDependency; nothing of it ships.
 */
export function loadBcd(): CompatData {
  return createRequire(import.meta.url)('@mdn/browser-compat-data') as CompatData;
}

/** A build folder's manifest, scripts, stylesheets and pages, by path inside it. */
export async function readBuild(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(js|css|html)$|^manifest\.json$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split('\\').join('/'), await readFile(path, 'utf8'));
  }
  return files;
}

export interface Minimums {
  /** The BCD release the versions come from. */
  bcd: string;
  chrome: BrowserReport;
  firefox: BrowserReport;
}

/** A build's report for one browser, from the build folder `dir`. */
export async function buildReport(
  dir: string,
  browser: Browser,
  bcd: CompatData = loadBcd(),
): Promise<BrowserReport> {
  return browserReport(scanBuild(await readBuild(dir), bcd), bcd, browser);
}

/** Each build's report for its own browser: Chrome's for chrome-mv3, Firefox's for firefox-mv3. */
export async function buildMinimums(
  outDir: string,
  bcd: CompatData = loadBcd(),
): Promise<Minimums> {
  const [chrome, firefox] = await Promise.all([
    buildReport(join(outDir, 'chrome-mv3'), 'chrome', bcd),
    buildReport(join(outDir, 'firefox-mv3'), 'firefox', bcd),
  ]);
  return { bcd: bcd.__meta.version, chrome, firefox };
}
