// `npm run browsers:minimums`: the oldest Chrome and Firefox each build can run in, as JSON,
// worked out from MDN's browser-compat-data for what the build output uses (see
// scripts/browser-compat/index.ts for what is found and the rules). Reads .output/chrome-mv3 and
// .output/firefox-mv3 (or STILL_US_OUT's): build both first (`npm run build`, `npm run
// build:firefox`). Run through jiti.
import { resolve } from 'node:path';
import { buildMinimums } from './browser-compat/read-build';

const out = resolve(process.env.STILL_US_OUT ?? '.output');
console.log(JSON.stringify(await buildMinimums(out), null, 2));
