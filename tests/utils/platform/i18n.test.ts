import { createI18n as wxtCreateI18n } from '@wxt-dev/i18n';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, localeMessages } from '../../i18n/get-message';
import { createI18n } from '@/utils/platform/i18n';

// The build swaps @wxt-dev/i18n for utils/platform/i18n.ts (wxt.config.ts), while the other
// tests run the library: so the two must answer alike, for every message and kind of call.
type Untyped = (key: string, ...args: unknown[]) => string;
const ours = createI18n().t as Untyped;
const library = wxtCreateI18n().t as Untyped;

/** Every way a page calls `t`: plain, substitutions, a count, and both. */
const calls: unknown[][] = [
  [],
  [['Sam']],
  [['Sam', 7, 'x', 'y']],
  [[]],
  ...[0, 1, 2, 5, 21].flatMap((n) => [[n], [n, [String(n), 'Sam', '9:00']]]),
];

describe.each([
  ['English', ['locales/en.yml']],
  ['Spanish', ['locales/es.yml', 'locales/en.yml']],
])('createI18n in %s', async (_language, files) => {
  const getMessage = await getMessageFrom(...files);
  const names = Object.keys(await localeMessages(files[0]!));

  it.each(calls)('answers as @wxt-dev/i18n for every message: %j', (...args) => {
    fakeBrowser.i18n.getMessage = getMessage;
    // The library warns about a missing message; ours says nothing (the types rule those out).
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const name of [...names, 'not_a_message']) {
      expect(ours(name, ...args), name).toBe(library(name, ...args));
    }
  });

  it('reads a dotted key by its message name', () => {
    fakeBrowser.i18n.getMessage = getMessage;
    expect(ours('history.showing', 1)).toBe(library('history.showing', 1));
    expect(ours('history.showing', 3)).toBe(getMessage('history_showing', ['3']).split(' | ')[1]);
  });
});

/** Source files below a folder. */
const sourcesIn = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesIn(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

// Ours leaves named substitutions out: no page may read a message that takes them through `t`.
it('no page reads a message with named substitutions through i18n.t', () => {
  const structure = readFileSync('.wxt/i18n/structure.d.ts', 'utf8');
  const named = [...structure.matchAll(/"([\w.]+)": \{[^}]*namedSubstitutions/g)].map((m) => m[1]!);
  const pages = ['components', 'utils', 'entrypoints'].flatMap(sourcesIn);
  expect(named.length).toBeGreaterThan(0);
  for (const key of named) {
    const [section] = key.split('.');
    const last = key.split(/[._]/).at(-1)!;
    for (const file of pages) {
      const text = readFileSync(file, 'utf8');
      // By its whole key, or by one built in a template (`ritual.${which}_lead`).
      expect(text, file).not.toContain(`i18n.t('${key}'`);
      expect(text, file).not.toMatch(new RegExp(`i18n\\.t\\(\`${section}\\.[^\`]*${last}\``));
    }
  }
});
