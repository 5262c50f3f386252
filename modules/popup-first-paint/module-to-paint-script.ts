const MODULE = /\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const PAINT = /<script src="\/popup-paint\.js"/;
const HREF = /\shref="([^"]+)"/;

/**
 * Takes the popup's module script (and its preloads) out of popup.html and hands its address
 * to popup-paint.js as `data-main`, its preloads as `data-preload`: popup-paint.js asks for them
 * all once it has put the nudge in the page. A module script in the page competes with
 * popup-paint.js's own fetch for that first frame even when it is deferred (`npm run bench`:
 * about one frame in three came a frame later; preloads in the page did the same). Returns the
 * page unchanged when it has not the expected shape, so a changed build fails the bundle test,
 * not the popup.
 */
export function moduleToPaintScript(html: string): string {
  const module = MODULE.exec(html);
  if (!module || !PAINT.test(html)) return html;
  // The module's chunks, fetched beside it rather than after it is parsed (`data-preload`).
  const preloads = [...html.matchAll(PRELOAD)].map((link) => HREF.exec(link[0])?.[1]).join(' ');
  return html
    .replace(module[0], '')
    .replace(PRELOAD, '')
    .replace(PAINT, (tag) => `${tag} data-main="${module[1]}" data-preload="${preloads}"`);
}
