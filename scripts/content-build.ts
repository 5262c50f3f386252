// `npm run content:build`: writes utils/library/nudges.ts, the compact library the worker
// ships, from the records in content/nudges/ (run through jiti; no build needed).
import { LIBRARY_FILE, writeLibraryFile } from '../modules/content/library-file';
import { readContent } from '../modules/content/read-content';
import { categories } from '../utils/library/nudge';

const content = readContent(categories);
const changed = await writeLibraryFile(content);
const live = content.records.filter((r) => !r.retired).length;
console.log(`${LIBRARY_FILE} ${changed ? 'written' : 'already up to date'}: ${live} nudges.`);
