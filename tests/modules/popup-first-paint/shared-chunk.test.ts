import { describe, expect, it } from 'vitest';
import { sharedWithPopup, staticClosure } from '@/modules/popup-first-paint/shared-chunk';

// A small module graph as the bundler reports it: each id and its static imports.
const graph: Record<string, string[]> = {
  '/x/entrypoints/popup/index.html': ['/x/entrypoints/popup/main.tsx'],
  '/x/entrypoints/popup/main.tsx': ['/x/components/popup/Popup.tsx', '/x/popup/style.css'],
  '/x/components/popup/Popup.tsx': [
    '/x/node_modules/preact.js',
    '/x/utils/history.ts',
    '/x/utils/nudge-card-view.ts',
  ],
  '/x/utils/history.ts': ['/x/node_modules/idb-keyval.js'],
  '/x/entrypoints/options/index.html': ['/x/entrypoints/options/main.tsx'],
  '/x/entrypoints/options/main.tsx': [
    '/x/node_modules/preact.js',
    '/x/utils/history.ts',
    '/x/options/style.css',
    '/x/components/theme.css',
  ],
  '/x/entrypoints/welcome/index.html': ['/x/entrypoints/welcome/main.tsx'],
  '/x/entrypoints/welcome/main.tsx': [
    '/x/utils/nudge-card-view.ts',
    '/x/utils/welcome-steps.ts',
    '/x/components/theme.css',
  ],
  '/x/popup/style.css': ['/x/components/theme.css'],
};
const importsOf = (id: string): string[] => graph[id] ?? [];
const ids = Object.keys(graph);

describe('staticClosure', () => {
  it('follows static imports from the roots, each module once, cycles included', () => {
    const cyclic = { a: ['b'], b: ['c', 'a'], c: ['b'] } as Record<string, string[]>;
    expect([...staticClosure(['a'], (id) => cyclic[id] ?? [])].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('sharedWithPopup', () => {
  it('holds what the popup loads at once and the options or welcome page loads too', () => {
    const shared = sharedWithPopup(ids, importsOf);
    expect([...shared].sort()).toEqual([
      '/x/node_modules/idb-keyval.js',
      '/x/node_modules/preact.js',
      '/x/utils/history.ts',
      '/x/utils/nudge-card-view.ts',
    ]);
  });

  it('leaves out what only one page loads, and every stylesheet (each page inlines its own)', () => {
    const shared = sharedWithPopup(ids, importsOf);
    expect(shared.has('/x/components/popup/Popup.tsx')).toBe(false);
    expect(shared.has('/x/entrypoints/popup/main.tsx')).toBe(false);
    expect(shared.has('/x/utils/welcome-steps.ts')).toBe(false);
    expect(shared.has('/x/components/theme.css')).toBe(false);
  });
});
