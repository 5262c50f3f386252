import { describe, expect, it } from 'vitest';
import {
  popupSharedChunk,
  sharedWithPopup,
  staticClosure,
} from '@/modules/popup-first-paint/shared-chunk';

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

/** The plugin's two hooks as the bundler calls them: output options first, then buildEnd. */
type OutputHook = (options: object) => { codeSplitting?: unknown } | null;
type BuildEndHook = (this: {
  getModuleIds: () => IterableIterator<string>;
  getModuleInfo: (id: string) => { importedIds: string[] } | null;
}) => void;
interface Group {
  name: string;
  test: (id: string) => boolean;
}

describe('popupSharedChunk', () => {
  const context = {
    getModuleIds: () => ids[Symbol.iterator](),
    getModuleInfo: (id: string) => ({ importedIds: importsOf(id) }),
  };

  it('asks for its group before the build and fills it at buildEnd, for the chunking after', () => {
    const plugin = popupSharedChunk();
    const output = (plugin.outputOptions as OutputHook)({ chunkFileNames: 'chunks/[name].js' });
    expect(output).toMatchObject({ chunkFileNames: 'chunks/[name].js' });
    const group = (output?.codeSplitting as { groups: Group[] }).groups[0]!;
    expect(group.name).toBe('shared');
    expect(group.test('/x/utils/history.ts')).toBe(false);
    (plugin.buildEnd as BuildEndHook).call(context);
    expect(group.test('/x/utils/history.ts')).toBe(true);
    expect(group.test('/x/components/popup/Popup.tsx')).toBe(false);
  });

  it('keeps groups set elsewhere, and leaves code splitting off when it was turned off', () => {
    const plugin = popupSharedChunk();
    const other = { name: 'other', test: /x/ };
    const output = (plugin.outputOptions as OutputHook)({ codeSplitting: { groups: [other] } });
    const groups = (output?.codeSplitting as { groups: Group[] }).groups;
    expect(groups.map((g) => g.name)).toEqual(['other', 'shared']);
    expect((plugin.outputOptions as OutputHook)({ codeSplitting: false })).toBeNull();
  });
});
