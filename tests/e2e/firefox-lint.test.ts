import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { FIREFOX_DIR } from './support/extension';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
  description?: string;
}
interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

/**
 * Warnings that cannot be avoided, each explained in the README (issue 7): Preact's renderer
 * carries the code for `dangerouslySetInnerHTML`, which assigns innerHTML. Still Us never uses
 * that prop (tests/structure/no-html-sinks.test.ts holds it), so that code never runs.
 * Without `gecko_android`, the linter holds `strict_min_version` (140) against Firefox for
 * Android too, where `data_collection_permissions` came in 142; Still Us is for desktop
 * Firefox, and `gecko_android` would offer it on Android. Only that key may be named.
 */
const EXPLAINED: { code: string; message: string; description?: RegExp }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML' },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    message: 'Manifest key not supported by the specified minimum Firefox for Android version',
    description:
      /introduced support for "browser_specific_settings\.gecko\.data_collection_permissions"\.?$/,
  },
];

async function lint(): Promise<LintReport> {
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/web-ext',
    ['lint', '--source-dir', FIREFOX_DIR, '--output=json', '--no-config-discovery'],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(stdout) as LintReport;
}

describe('web-ext lint on the Firefox build', async () => {
  const report = await lint();
  const readme = await readFile('README.md', 'utf8');

  it('finds no errors and no notices', () => {
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('finds no warnings but the explained ones, and the README explains each', () => {
    for (const warning of report.warnings) {
      expect(
        EXPLAINED.some(
          (e) =>
            e.code === warning.code &&
            e.message === warning.message &&
            (!e.description || e.description.test(warning.description ?? '')),
        ),
        `${warning.code} in ${warning.file}: ${warning.message}`,
      ).toBe(true);
      expect(readme).toContain(`\`${warning.code}\``);
    }
  });
});
