import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

/** `browser.i18n.getMessage` as a test double. */
export type GetMessage = (name: string, substitutions?: string | (string | number)[]) => string;

/**
 * `browser.i18n.getMessage` answering from locale files, as the browser answers from the
 * `messages.json` WXT builds from each: a message missing from the first file comes from the
 * next (the browser falls back to `default_locale` so), `$1`…`$9` take the substitutions, `$$`
 * is a `$`, and an unknown name gives ''.
 */
export async function getMessageFrom(...files: string[]): Promise<GetMessage> {
  const all = await Promise.all(
    files.map(async (file) => generateChromeMessages(await parseMessagesFile(file))),
  );
  return (name, substitutions = []) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
    const message = all.find((messages) => messages[name])?.[name]?.message ?? '';
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : String(subs[Number(which) - 1] ?? ''),
    );
  };
}
