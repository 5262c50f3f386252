import { defineWxtModule } from 'wxt/modules';
import type { Category, NudgeEntry } from '../../utils/library/nudge';
import { staleLibrary } from './compact';
import { addNudgeMessages } from './messages';
import { readContent } from './read-content';
import type { Content } from './records';

/**
 * The kinds, in the library's order. Imported when a build runs, not when WXT loads this
 * module: `wxt prepare` (postinstall) loads modules before it writes .wxt/, and nudge.ts
 * imports #i18n from there.
 */
const kinds = async (): Promise<readonly Category[]> =>
  (await import('../../utils/library/nudge')).categories;

/** The library as the worker will ship it, decoded from the generated utils/library/nudges.ts. */
const shipped = async (): Promise<readonly NudgeEntry[]> =>
  (await import('../../utils/library/nudges')).library;

/** content/nudges/ under the project's root; throws when a record is malformed. */
const content = async (root: string): Promise<Content> => readContent(await kinds(), root);

/**
 * Nudges are content: one readable record each in content/nudges/<kind>.yml. The build stops
 * when a record is malformed or utils/library/nudges.ts (the compact form the worker ships,
 * from `npm run content:build`) is behind the records, and puts the nudges' words in each
 * `_locales/<lang>/messages.json`. Local modules run after @wxt-dev/i18n/module (npm modules
 * come first), so its messages.json assets are there to add to.
 */
export default defineWxtModule({
  name: 'content',
  setup(wxt) {
    wxt.hooks.hook('build:before', async () => {
      const stale = staleLibrary(await content(wxt.config.root), await shipped());
      if (stale) throw new Error(stale);
    });
    wxt.hooks.hook('build:publicAssets', async (_, files) => {
      addNudgeMessages(files, (await content(wxt.config.root)).records);
    });
  },
});
