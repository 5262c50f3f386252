/**
 * The service worker's start, without WXT's guard around it. WXT's background entrypoint wraps
 * `main()` in a try/catch that logs through a logger silent in production builds, and warns
 * when `main()` returns a promise (entrypoints/background.ts is synchronous). That costs the
 * worker about 150 B gzip of its 10 KiB budget (tests/e2e/bundle-size.test.ts) for nothing a
 * production build shows. Only builds: `wxt dev` keeps WXT's own start. A WXT whose entrypoint
 * reads otherwise is left as it is.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** WXT's own start of the worker (wxt/dist/virtual/background-entrypoint.mjs), as WXT 0.20 reads. */
const GUARDED =
  /let result;\s*try \{\s*initPlugins\(\);\s*result = definition\.main\(\);\s*if \(result instanceof Promise\) console\.warn\([^\n]*\);\s*\} catch \(err\) \{\s*logger\.error\([^\n]*\);\s*throw err;\s*\}/;

/** The same start: a throw still stops the worker, as WXT's rethrow does. */
const PLAIN = 'initPlugins();\ndefinition.main();';

/**
 * WXT's export of what `main()` returned (nothing: it is synchronous). The worker's script
 * exports nothing then, so its bundle is a bare `(function(){…})()` with no `background`
 * global, as WXT builds a content script without a `globalName`.
 */
const EXPORTED = /var (\w+) = result;(\s*\/\/#endregion)?\s*export \{ \1 as default \};/;

/** The Vite plugin that rewrites WXT's worker entrypoint. */
export function leanWorker(): Plugin {
  return {
    name: 'still-us:lean-worker',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('virtual:wxt-background-entrypoint')) return null;
      if (!GUARDED.test(code) || !EXPORTED.test(code)) return null;
      return { code: code.replace(GUARDED, PLAIN).replace(EXPORTED, '$2'), map: null };
    },
  };
}

export default defineWxtModule({
  name: 'still-us:lean-worker',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [leanWorker()] }));
  },
});
