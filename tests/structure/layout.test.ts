import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source files below a folder, as paths from the project root. */
function sourcesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesIn(path);
    return /\.(ts|tsx|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const sourceFolders = ['utils', 'components', 'entrypoints', 'modules', 'scripts'];
const sources = sourceFolders.flatMap((folder) => {
  try {
    return sourcesIn(folder);
  } catch {
    return []; // A folder the project does not have (yet).
  }
});

/** Modules that reach the browser: a pure decision never imports these, even through others. */
const browserModules = ['wxt/browser', 'webextension-polyfill', '#i18n', 'idb-keyval'];
/** Folders of pure decisions: they take `now` and data, and return data. */
const pureFolders = ['utils/time', 'utils/schedule', 'utils/choose'];

/** The files a source imports for its values (`import type` costs nothing at run time). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!);
  return [...specs, ...dynamic];
}

function resolveLocal(spec: string, from: string): string | null {
  const base = spec.startsWith('@/') ? resolve(spec.slice(2)) : resolve(dirname(from), spec);
  if (!spec.startsWith('.') && !spec.startsWith('@/')) return null;
  for (const ext of ['.ts', '.tsx', '/index.ts']) {
    try {
      if (statSync(base + ext).isFile()) return relative(process.cwd(), base + ext);
    } catch {
      // Not this extension; try the next.
    }
  }
  return null;
}

/** Every browser-reaching module a file pulls in, with the chain that brings it. */
function browserReach(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  return valueImports(file).flatMap((spec) => {
    if (browserModules.includes(spec)) return [`${file} → ${spec}`];
    const local = resolveLocal(spec, file);
    return local ? browserReach(local, seen).map((chain) => `${file} → ${chain}`) : [];
  });
}

/**
 * What each folder of utils/ may import from the others (README, "Project layout"). Type-only
 * imports count too, except that the pure folders may name the types of what they decide on.
 */
const mayImport: Record<string, readonly string[]> = {
  platform: [],
  time: [],
  schedule: ['time'],
  choose: ['time'],
  library: ['platform', 'ui'],
  history: ['library', 'time'],
  storage: ['choose', 'library', 'platform', 'schedule', 'time'],
  ui: ['platform', 'storage'],
  popup: ['choose', 'delivery', 'history', 'library', 'platform', 'schedule', 'storage', 'time'],
  delivery: ['choose', 'history', 'library', 'platform', 'popup', 'schedule', 'storage', 'time'],
  backup: ['choose', 'delivery', 'history', 'library', 'popup', 'storage', 'ui'],
};
/** Folders whose types a pure folder may name (only types: nothing of them runs). */
const typesForPure = ['library', 'storage'];

/** The utils/ folders a file imports from, as `{ folder, typeOnly }`. */
function folderImports(file: string): { folder: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/^import (type )?[^;]*?from '([^']+)'/gms)];
  const dynamic = [...text.matchAll(/import\('([^']+)'\)/g)].map((m) => [m[0], undefined, m[1]]);
  return [...statements, ...dynamic].flatMap(([, type, spec]) => {
    const local = spec && resolveLocal(spec, file);
    const folder = local?.match(/^utils\/([^/]+)\//)?.[1];
    return folder ? [{ folder, typeOnly: type !== undefined }] : [];
  });
}

describe('the layout', () => {
  it('names every folder of utils/ in the import rules', () => {
    const folders = readdirSync('utils').filter((n) => statSync(join('utils', n)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(mayImport).sort());
  });

  it.each(Object.keys(mayImport))('utils/%s imports only what the rules allow', (folder) => {
    const pure = pureFolders.includes(`utils/${folder}`);
    const allowed = new Set([folder, ...(mayImport[folder] ?? [])]);
    const stray = sourcesIn(join('utils', folder)).flatMap((file) =>
      folderImports(file)
        .filter(
          ({ folder: to, typeOnly }) =>
            !allowed.has(to) && !(pure && typeOnly && typesForPure.includes(to)),
        )
        .map(({ folder: to }) => `${file} → utils/${to}`),
    );
    expect(stray).toEqual([]);
  });

  it('keeps every folder under utils/ to 15 source files or fewer', () => {
    const folders = readdirSync('utils').filter((n) => statSync(join('utils', n)).isDirectory());
    const loose = readdirSync('utils').filter((n) => !statSync(join('utils', n)).isDirectory());
    expect(loose, 'utils/ holds folders only').toEqual([]);
    for (const folder of folders) {
      const count = readdirSync(join('utils', folder)).filter((n) => /\.tsx?$/.test(n)).length;
      expect(count, `utils/${folder}`).toBeLessThanOrEqual(15);
    }
  });

  it('keeps every source file to 200 lines or fewer', () => {
    const long = sources
      .map((file) => [file, readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 200);
    expect(long).toEqual([]);
  });

  it.each(pureFolders)('keeps %s free of the browser, even through what it imports', (folder) => {
    const reach = sourcesIn(folder).flatMap((file) => browserReach(file));
    expect(reach).toEqual([]);
  });

  it('sees a browser import where there is one (the check can fail)', () => {
    expect(browserReach('utils/delivery/handle-alarm.ts').length).toBeGreaterThan(0);
  });
});
