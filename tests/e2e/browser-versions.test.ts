import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compareVersions, type BrowserReport } from '../../scripts/browser-compat';
import { buildReport, loadBcd } from '../../scripts/browser-compat/read-build';
import { chromiumPath } from '../support/browsers.mjs';
import { EXTENSION_DIR, FIREFOX_DIR } from './support/extension';
import { firefoxPath } from './support/firefox';

interface Manifest {
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { strict_min_version?: string }; gecko_android?: unknown };
}

const read = async (dir: string): Promise<Manifest> =>
  JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const bcd = loadBcd();
// What each build uses, by MDN's browser-compat-data (scripts/browser-compat/).
const computed = {
  chrome: await buildReport(EXTENSION_DIR, 'chrome', bcd),
  firefox: await buildReport(FIREFOX_DIR, 'firefox', bcd),
};
const declared = {
  chrome: (await read(EXTENSION_DIR)).minimum_chrome_version,
  firefox: (await read(FIREFOX_DIR)).browser_specific_settings?.gecko?.strict_min_version,
};
const firefoxManifest = await read(FIREFOX_DIR);
const readme = await readFile('README.md', 'utf8');

const versionOf = (report: BrowserReport, feature: string) =>
  report.features.find((f) => f.feature === feature)?.version;

describe('the minimum browser versions the manifests declare', () => {
  it.each(['chrome', 'firefox'] as const)('%s: at least what the build uses needs', (browser) => {
    const minimum = declared[browser];
    expect(minimum, `${browser} declares no minimum`).toMatch(/^\d+(\.\d+)*$/);
    const { minimum: needed, setBy } = computed[browser];
    expect(
      compareVersions(minimum ?? '0', needed),
      `${browser} ${minimum} < ${needed}, needed by ${setBy.join(', ')}`,
    ).toBeGreaterThanOrEqual(0);
  });

  it('Firefox: in the form AMO wants ("140.0"), and for desktop only', () => {
    expect(declared.firefox).toMatch(/^\d+\.\d+$/);
    expect(firefoxManifest.browser_specific_settings?.gecko_android).toBeUndefined();
  });

  // So a scan that silently found nothing (a renamed namespace, CSS no longer read) fails here.
  it('the scan finds the features known to set them', () => {
    expect(versionOf(computed.chrome, 'webextensions.api.action.openPopup')).toBe('127');
    expect(
      versionOf(
        computed.firefox,
        'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions',
      ),
    ).toBe('140');
    for (const report of [computed.chrome, computed.firefox])
      expect(versionOf(report, 'css.types.color.light-dark')).toMatch(/^\d+$/);
    expect(computed.chrome.features.length).toBeGreaterThan(100);
    expect(computed.firefox.features.length).toBeGreaterThan(100);
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s: uses nothing the browser lacks, unless the code checks for it first',
    (browser) => {
      expect(computed[browser].unsupported).toEqual([]);
    },
  );

  it('the README names each minimum and the features that set it', () => {
    const section = readme.split(/^## Supported browsers$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(section).toContain(`Chrome ${declared.chrome}`);
    expect(section).toContain(`Firefox ${declared.firefox?.replace(/\.0$/, '')}`);
    for (const browser of ['chrome', 'firefox'] as const)
      for (const feature of computed[browser].setBy)
        expect(section, feature).toContain(feature.split('.').at(-1));
  });
});

describe('the browsers the E2E tests run on', () => {
  const version = async (path: string) => {
    const { stdout } = await promisify(execFile)(path, ['--version']);
    return /(\d+(?:\.\d+)*)/.exec(stdout)?.[1] ?? '0';
  };

  it.each([
    ['chrome', chromiumPath],
    ['firefox', firefoxPath],
  ] as const)('%s is at least the declared minimum', async (browser, path) => {
    const installed = await version(path());
    expect(
      compareVersions(installed, declared[browser] ?? '0'),
      `${path()} is ${installed}, below ${declared[browser]}`,
    ).toBeGreaterThanOrEqual(0);
  });
});
