// `npm run i18n:status`: how much of Still Us each shipped language has, as JSON: the
// interface (locales/<lang>.yml against en.yml), the nudges' texts and their messages
// (content/translations/<lang>/ against content/nudges/). Run through jiti; no build needed.
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { readContent } from '../modules/content/read-content';
import { categories } from '../utils/library/nudge';
import { languages } from '../utils/platform/languages';
import { languageStatus } from './i18n-coverage';

const keysOf = async (lang: string): Promise<string[]> =>
  (await parseMessagesFile(`locales/${lang}.yml`).catch(() => []))
    .map((message) => message.key.join('.'))
    .filter((key) => !key.startsWith('@@'));

const english = await keysOf('en');
const { records } = readContent(categories);
const status = Object.fromEntries(
  await Promise.all(
    languages.map(async (lang) => {
      const own = new Set(await keysOf(lang));
      return [lang, languageStatus(lang, english, (key) => own.has(key), records)] as const;
    }),
  ),
);
console.log(JSON.stringify(status, null, 2));
