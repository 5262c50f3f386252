// Finds the system browsers the tests drive; never downloads one of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/**
 * Flags for a headless Chromium that loads the given unpacked extensions. The networking
 * flags keep it from calling home on this machine's closed network.
 */
export function chromiumExtensionArgs(extensionDirs) {
  const dirs = extensionDirs.join(',');
  return [
    '--no-sandbox',
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ];
}

/** Path of the system Chromium: $CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || browsers.chromium.path;
}

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * Makes sure a browser is installed: as root on Debian/Ubuntu it installs the package
 * with apt-get; otherwise it stops with the exact command to run.
 */
export function ensureBrowser(name) {
  const spec = browsers[name];
  const path = process.env[spec.env] || spec.path;
  if (existsSync(path)) return path;
  if (process.env[spec.env]) {
    throw new Error(`${spec.env} is set to ${path}, but there is no browser there.`);
  }
  if (!isDebianRoot()) {
    throw new Error(
      `${name} was not found at ${path}. Install it with:\n  sudo apt-get install -y ${spec.apt}\n` +
        `or set ${spec.env} to its path.`,
    );
  }
  console.log(`Installing ${spec.apt} with apt-get (the tests need a real browser)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', spec.apt], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(path))
    throw new Error(`apt-get installed ${spec.apt}, but ${path} is still missing.`);
  return path;
}
