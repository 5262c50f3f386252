import { basename, extname } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { withNudgeMessages, nudgeMessages } from '@/modules/content/messages';
import { kindsWithFiles, readContent } from '@/modules/content/read-content';

/** `browser.i18n.getMessage` as a test double. */
export type GetMessage = (name: string, substitutions?: string | (string | number)[]) => string;

/** A `_locales/<lang>/messages.json` as parsed JSON. */
export type LocaleMessages = ReturnType<typeof generateChromeMessages>;

/**
 * The messages the build makes from `locales/<lang>.yml`: its own, and (as modules/content
 * adds them) the nudges' words in that language from content/nudges/.
 */
export async function localeMessages(file: string): Promise<LocaleMessages> {
  const lang = basename(file, extname(file));
  const own = generateChromeMessages(await parseMessagesFile(file));
  // Not `categories`: tests/setup.ts reads these before the fake browser is in place, and
  // nudge.ts would bind the browser's i18n to none.
  const nudges = nudgeMessages(readContent(kindsWithFiles()).records, lang);
  return JSON.parse(withNudgeMessages(JSON.stringify(own), nudges)) as LocaleMessages;
}

/**
 * `browser.i18n.getMessage` answering from locale files, as the browser answers from the
 * `messages.json` WXT builds from each (nudges' words included): a message missing from the
 * first file comes from the next (the browser falls back to `default_locale` so), `$1`…`$9`
 * take the substitutions, `$$` is a `$`, and an unknown name gives ''.
 */
export async function getMessageFrom(...files: string[]): Promise<GetMessage> {
  const all = await Promise.all(files.map(localeMessages));
  return (name, substitutions = []) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
    const message = all.find((messages) => messages[name])?.[name]?.message ?? '';
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : String(subs[Number(which) - 1] ?? ''),
    );
  };
}
