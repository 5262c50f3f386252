// Bytes of JavaScript each entry point loads to do its everyday job: its own scripts and every
// chunk reached through imports, static or `import()`, except chunks loaded only on demand
// (ON_DEMAND: the popup's on-demand chunk, components/popup/popup-on-demand.ts: the nudge library,
// needed only when no nudge is waiting, the choices after "Not now", a pause, the once-a-day
// energy question; the options
// page's backup export and import, loaded only when a person exports or picks a file). Those
// count in the total. The nudge library's codes are data, not JavaScript (library.json, read by
// every page and the worker when a nudge is drawn): reported on their own as `library`.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

async function jsFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsFiles(path)));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

async function size(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const data = await readFile(file);
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}

/** Chunks a page loads only when it needs them (see above): only ever through `import()`. */
export const ON_DEMAND = /popup-on-demand|import-export/;

/** Follows `import … from "./x.js"`, `import "./x.js"` and `import(\`./x.js\`)` edges. */
async function closure(root, start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      if (ON_DEMAND.test(m[1])) continue;
      const target = m[1].startsWith('/') ? join(root, m[1]) : join(dirname(file), m[1]);
      queue.push(target);
    }
  }
  return [...seen];
}

async function pageScripts(root, html) {
  const text = await readFile(join(root, html), 'utf8');
  // `data-main`: the popup's module, which popup-paint.js asks for once the nudge is in the page.
  const starts = [...text.matchAll(/<script[^>]*>/g)].flatMap(([tag]) =>
    [...tag.matchAll(/\s(?:src|data-main)="([^"]+)"/g)].map((m) => join(root, m[1])),
  );
  const all = new Set();
  for (const s of starts) for (const f of await closure(root, s)) all.add(f);
  return [...all];
}

/** The data file of the library's codes (see utils/library/load-library.ts). */
export const LIBRARY_FILE = 'library.json';

export async function measureBytes(root) {
  const popup = await pageScripts(root, 'popup.html');
  const options = await pageScripts(root, 'options.html');
  const background = await closure(root, join(root, 'background.js'));
  const all = await jsFiles(root);
  const name = (files) => files.map((f) => relative(root, f));
  return {
    popup: { ...(await size(popup)), names: name(popup) },
    options: { ...(await size(options)), names: name(options) },
    background: { ...(await size(background)), names: name(background) },
    total: { ...(await size(all)), names: name(all) },
    library: { ...(await size([join(root, LIBRARY_FILE)])), names: [LIBRARY_FILE] },
  };
}
