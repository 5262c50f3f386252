/**
 * The options page's first frame: its top (entrypoints/options/index.html, filled in by
 * entrypoints/options-paint.ts) must be on screen about as soon as a static page's. As in
 * modules/popup-first-paint, its stylesheet becomes an inline <style>: Chromium passes every
 * extension stylesheet through its i18n message substitution, and with the nudge library in
 * the locale files that request cost a frame or more; and its module loads after that frame
 * (moduleAfterPaint). `npm run bench` times it against a static page (README "Performance").
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const OPTIONS_PAGE = 'entrypoints/options/index.html';
const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/(assets\/options-[^"]+\.css)"[^>]*>/;
const MODULE = /\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const PAINT = /<script src="\/options-paint\.js"/;

/**
 * Hands the page's module (without its preloads) to options-paint.js as `data-main`, to load
 * after the first frame: in the page it held that frame back until it had run (as the popup's
 * did, modules/popup-first-paint/module-to-paint-script.ts). A page of another shape is left as is.
 */
export function moduleAfterPaint(html: string): string {
  const module = MODULE.exec(html);
  if (!module || !PAINT.test(html)) return html;
  return html
    .replace(module[0], '')
    .replace(PRELOAD, '')
    .replace(PAINT, (tag) => `${tag} data-main="${module[1]}"`);
}

/** The Vite plugin that inlines options.html's stylesheet once the bundle holds both. */
export function optionsFirstPaint(): Plugin {
  return {
    name: 'still-us:options-first-paint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle[OPTIONS_PAGE];
      if (page?.type !== 'asset' || typeof page.source !== 'string') return;
      page.source = moduleAfterPaint(page.source).replace(STYLESHEET, (link, fileName: string) => {
        const css = bundle[fileName];
        if (css?.type !== 'asset') return link;
        delete bundle[fileName];
        return `<style>${String(css.source)}</style>`;
      });
    },
  };
}

export default defineWxtModule({
  name: 'still-us:options-first-paint',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [optionsFirstPaint()] }));
  },
});
