import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

/** The local files a source imports for its values, resolved to paths from the project root. */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    if (!spec.startsWith('.') && !spec.startsWith('@/')) return [];
    const base = spec.startsWith('@/') ? resolve(spec.slice(2)) : resolve(dirname(file), spec);
    const found = ['.ts', '.tsx', '/index.ts'].find((ext) => {
      try {
        return statSync(base + ext).isFile();
      } catch {
        return false;
      }
    });
    return found ? [relative(process.cwd(), base + found)] : [];
  });
}

// The worker is one classic script: an import() anywhere in its module graph (even in a function
// it never calls) makes the bundler wrap every module in a lazy initialiser, about 500 B gzip.
it('no file the service worker imports has a dynamic import()', () => {
  const seen = new Set<string>();
  const queue = ['entrypoints/background.ts'];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...localImports(file));
  }
  const dynamic = [...seen].filter((f) => /\bimport\(\s*['"`]/.test(readFileSync(f, 'utf8')));
  expect(dynamic).toEqual([]);
});
