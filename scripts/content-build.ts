// `npm run content:build`: checks content/nudges/ as the build does and shows what it will ship:
// library.json, the compact codes (ids, kinds, traits) every page and the worker read at run
// time. Nothing is written: `wxt build` makes the file from the records (run through jiti).
import { gzipSync } from 'node:zlib';
import { libraryFile } from '../modules/content/compact';
import { readContent } from '../modules/content/read-content';
import { categories } from '../utils/library/nudge';

const content = readContent(categories);
const json = Buffer.from(JSON.stringify(libraryFile(content)));
const live = content.records.filter((r) => !r.retired).length;
const gzip = gzipSync(json, { level: 9 }).length;
console.log(
  `content/nudges/ is valid: ${live} nudges; library.json ${json.length} B (${gzip} B gzip).`,
);
