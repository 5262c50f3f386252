import { defineWxtModule } from 'wxt/modules';
import { LIBRARY_PATH } from '../../utils/library/load-library';
import { messageBookPath } from '../../utils/library/message-book';
import { languages } from '../../utils/platform/languages';
import type { Category } from '../../utils/library/nudge';
import { libraryFile } from './compact';
import { addMessageBooks, addNudgeMessages } from './messages';
import { readContent } from './read-content';
import type { Content } from './records';

/** The library's codes in the build output, where loadLibrary reads them. */
const LIBRARY_JSON = LIBRARY_PATH.slice(1);

/**
 * The kinds, in the library's order. Imported when a build runs, not when WXT loads this
 * module: `wxt prepare` (postinstall) loads modules before it writes .wxt/, and nudge.ts
 * imports #i18n from there.
 */
const kinds = async (): Promise<readonly Category[]> =>
  (await import('../../utils/library/nudge')).categories;

/** content/nudges/ under the project's root; throws when a record is malformed. */
const content = async (root: string): Promise<Content> => readContent(await kinds(), root);

/**
 * Nudges are content: one readable record each in content/nudges/<kind>.yml. The build stops
 * when a record is malformed or has traits no code says, and ships the library in two files
 * read at run time: library.json, the compact codes (id, kind, traits) every page and the
 * worker decode, and the nudges' words in each `_locales/<lang>/messages.json`; and for
 * "Messages to send in", each language's messages once more in `messages/<lang>.json`, read only
 * when a person sends messages in another language than the pages'. Local modules
 * run after @wxt-dev/i18n/module (npm modules come first), so its messages.json assets are
 * there to add to.
 */
export default defineWxtModule({
  name: 'content',
  setup(wxt) {
    // Typed for browser.runtime.getURL, like a file in public/.
    wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
      paths.push(LIBRARY_JSON, ...languages.map((lang) => messageBookPath(lang).slice(1)));
    });
    wxt.hooks.hook('build:before', async () => {
      libraryFile(await content(wxt.config.root));
    });
    wxt.hooks.hook('build:publicAssets', async (_, files) => {
      const library = await content(wxt.config.root);
      files.push({ relativeDest: LIBRARY_JSON, contents: JSON.stringify(libraryFile(library)) });
      addNudgeMessages(files, library.records);
      addMessageBooks(files, library.records, languages);
    });
  },
});
