import type { Plugin } from 'vite';

/**
 * Puts the popup's stylesheet inside popup.html as a <style> element. An extension page's
 * stylesheet is a request of its own, and Chromium runs every extension stylesheet through
 * its message (i18n) substitution first: with the nudge library in the locale files, that
 * one request cost the popup a frame (`npm run bench`). Inline styles need no CSP change.
 */
export function inlinePopupCss(): Plugin {
  return {
    name: 'still-us:inline-popup-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // WXT renames it popup.html after the bundle is written.
      const page = bundle['entrypoints/popup/index.html'];
      if (page?.type !== 'asset' || typeof page.source !== 'string') return;
      page.source = page.source.replace(
        /<link rel="stylesheet"[^>]*href="\/(assets\/popup-[^"]+\.css)"[^>]*>/,
        (link, fileName: string) => {
          const css = bundle[fileName];
          if (css?.type !== 'asset') return link;
          delete bundle[fileName];
          return `<style>${String(css.source)}</style>`;
        },
      );
    },
  };
}
