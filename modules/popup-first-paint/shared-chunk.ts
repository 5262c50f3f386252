import type { Plugin } from 'vite';

const POPUP = /entrypoints[\\/]popup[\\/]index\.html$/;
const OTHER_PAGES = /entrypoints[\\/](options|welcome)[\\/]index\.html$/;
/** Styles stay with their page: popup-first-paint and options-first-paint inline them. */
const STYLES = /\.css($|\?)/;

/** The ids of `roots` and of every module they reach through static imports. */
export function staticClosure(
  roots: readonly string[],
  importsOf: (id: string) => readonly string[],
): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...importsOf(id));
  }
  return seen;
}

/** What the popup loads at once that the options or welcome page loads too: one chunk's worth. */
export function sharedWithPopup(
  ids: readonly string[],
  importsOf: (id: string) => readonly string[],
): Set<string> {
  const popup = staticClosure(
    ids.filter((id) => POPUP.test(id)),
    importsOf,
  );
  const others = staticClosure(
    ids.filter((id) => OTHER_PAGES.test(id)),
    importsOf,
  );
  return new Set([...popup].filter((id) => others.has(id) && !STYLES.test(id)));
}

/**
 * The popup's module and everything it shares with the other pages, as two files, not four.
 * Left to itself the bundler splits the shared code by which pages use it (the popup with the
 * options page and the welcome page, with the options page only, with the welcome page only),
 * and popup-paint.js then asks for four files before the first frame: on a two-core machine
 * each request cost about a millisecond of the page's own time there, and the browser's work
 * answering them held the first frame back (`npm run bench`, README "Performance"). One
 * shared chunk is also smaller in all (one gzip stream, not three). The welcome page loads the
 * 2 KiB (gzip) of it that it did not before, the options page the nudge card's small view.
 */
export function popupSharedChunk(): Plugin {
  const shared = new Set<string>();
  return {
    name: 'still-us:popup-shared-chunk',
    apply: 'build',
    buildEnd() {
      const found = sharedWithPopup(
        [...this.getModuleIds()],
        (id) => this.getModuleInfo(id)?.importedIds ?? [],
      );
      shared.clear();
      for (const id of found) shared.add(id);
    },
    // Rolldown reads the output options before the build, so before buildEnd: the group's
    // test reads `shared` when the chunks are made, after buildEnd has filled it (keep the
    // one Set). Groups set elsewhere are kept; code splitting turned off stays off.
    outputOptions(options) {
      const splitting = options.codeSplitting;
      if (splitting === false) return null;
      const own = typeof splitting === 'object' ? splitting : {};
      const group = { name: 'shared', test: (id: string) => shared.has(id) };
      return { ...options, codeSplitting: { ...own, groups: [...(own.groups ?? []), group] } };
    },
  };
}
