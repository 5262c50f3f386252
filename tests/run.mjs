// `npm test`: every test, in order — unit and component tests, then production builds and
// their store zips (Chrome and Firefox), then end-to-end tests in real browsers against them. Installs the system Chromium
// and Firefox ESR when they are missing (as root on Debian/Ubuntu), never a browser of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowser } from './support/browsers.mjs';

const reports = mkdtempSync(join(tmpdir(), 'still-us-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

function vitest(name, projects) {
  const outputFile = join(reports, `${name}.json`);
  const status = run('npx', [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    // A file that broke before its tests ran (say, in beforeAll) fails no test: count it.
    totals.failed += report.testResults.filter(
      (file) =>
        file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
    ).length;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    totals.failed += 1; // No report: the run itself broke.
  }
  return status;
}

function finish(status) {
  rmSync(reports, { recursive: true, force: true });
  console.log(
    `\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
  );
  process.exit(status);
}

let status = vitest('unit', ['unit', 'time-*']);
try {
  process.env.CHROMIUM_PATH = ensureBrowser('chromium');
  process.env.FIREFOX_PATH = ensureBrowser('firefox');
} catch (error) {
  console.error(`\n${error.message}`);
  finish(1);
}
// `wxt zip` builds, then packs what the stores get: the E2E tests run against those builds.
if (
  run('npx', ['wxt', 'zip']) !== 0 ||
  run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']) !== 0
) {
  console.error('\nThe extension did not build, so the end-to-end tests could not run.');
  totals.failed += 1;
  finish(1);
}
status = vitest('e2e', ['e2e']) || status;
finish(status);
