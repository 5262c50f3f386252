/**
 * The popup's first frame: the waiting nudge must be on screen as soon as a bare static page
 * would be. popup.html declares a classic, deferred, render-blocking script
 * (entrypoints/popup-paint.ts) that paints the nudge from the URL with utils/popup/popup-view.ts,
 * the same view Preact renders later. This module rewrites the built popup.html so nothing
 * else competes with that frame:
 *
 * 1. its stylesheet becomes an inline <style> (inline-css.ts): an extension stylesheet is a
 *    request of its own that Chromium passes through i18n substitution, which cost a frame;
 * 2. its module script and preloads go, and popup-paint.js gets the module's address as
 *    `data-main` and its chunks as `data-preload`, to ask for together once the nudge is in the
 *    page (module-to-paint-script.ts): a module in the page delayed about one frame in three
 *    even when deferred, and fetched alone its chunks came only once it was parsed;
 * 3. what the popup's module shares with the other pages comes as one chunk (shared-chunk.ts),
 *    so popup-paint.js asks for two files before that frame, not four.
 *
 * With the paint script and the first two, the popup went from 1.75x a static popup's
 * time-to-nudge to 1.00x (`npm run bench`, README "Performance"). tests/e2e/bundle-size.test.ts
 * checks the built page's shape; a build of another shape is left as it is and fails there.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { inlineCss } from './inline-css';
import { moduleToPaintScript } from './module-to-paint-script';
import { popupSharedChunk } from './shared-chunk';

/** WXT renames it popup.html after the bundle is written. */
const POPUP_PAGE = 'entrypoints/popup/index.html';

/** The Vite plugin that rewrites popup.html, once the bundle holds its final HTML and CSS. */
export function popupFirstPaint(): Plugin {
  return {
    name: 'still-us:popup-first-paint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle[POPUP_PAGE];
      if (page?.type !== 'asset' || typeof page.source !== 'string') return;
      const withCss = inlineCss(page.source, (fileName) => {
        const css = bundle[fileName];
        if (css?.type !== 'asset') return undefined;
        delete bundle[fileName];
        return String(css.source);
      });
      page.source = moduleToPaintScript(withCss);
    },
  };
}

export default defineWxtModule({
  name: 'still-us:popup-first-paint',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [popupFirstPaint()] }));
    // Only the build of the HTML pages: the worker and the classic scripts are one file each.
    // `wxt dev` builds those pages too; there the popup reaches only WXT's reload script.
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.name === 'popup'))
        config.plugins = [...(config.plugins ?? []), popupSharedChunk()];
    });
  },
});
