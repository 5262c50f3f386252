import type { ResolvedPublicFile } from 'wxt';
// nudge-text.ts reaches for wxt/browser, which only reads globals when imported: safe in Node.
import { nudgeMessageKey } from '../../utils/library/nudge-text';
import { messageBookPath, type MessageBook } from '../../utils/library/message-book';
import type { NudgeRecord } from './records';

/** Messages as `_locales/<lang>/messages.json` holds them. */
export type ChromeMessages = Record<string, { message: string }>;

/** The languages the records have words in, English first. */
export function languagesOf(records: readonly NudgeRecord[]): string[] {
  const all = records.flatMap((r) => [...Object.keys(r.text), ...Object.keys(r.message ?? {})]);
  return [...new Set(['en', ...all])];
}

/** One language's nudge messages; a retired nudge has none, a missing translation neither. */
export function nudgeMessages(records: readonly NudgeRecord[], lang: string): ChromeMessages {
  return Object.fromEntries(
    records
      .filter((record) => !record.retired)
      .flatMap((record) => [
        ...(record.text[lang] === undefined
          ? []
          : [[nudgeMessageKey(record.id, 'text'), { message: record.text[lang] }] as const]),
        ...(record.message?.[lang] === undefined
          ? []
          : [[nudgeMessageKey(record.id, 'message'), { message: record.message[lang] }] as const]),
      ]),
  );
}

/**
 * A messages.json text with the nudges' messages first (where locales/en.yml had them), in the
 * layout @wxt-dev/i18n writes. Throws when the locale file has a message of the same name.
 */
export function withNudgeMessages(json: string, nudges: ChromeMessages): string {
  const messages = JSON.parse(json) as ChromeMessages;
  const both = Object.keys(nudges).filter((name) => name in messages);
  if (both.length > 0)
    throw new Error(`locales/ and content/nudges/ both have ${both.join(', ')}: keep one`);
  return JSON.stringify({ ...nudges, ...messages }, null, 2);
}

/**
 * Puts the nudges' words into the `_locales/<lang>/messages.json` assets that @wxt-dev/i18n
 * made from locales/<lang>.yml. Throws for a language the records have and locales/ has not.
 */
export function addNudgeMessages(
  files: ResolvedPublicFile[],
  records: readonly NudgeRecord[],
): void {
  for (const lang of languagesOf(records)) {
    const file = localeFile(files, lang);
    file.contents = withNudgeMessages(file.contents, nudgeMessages(records, lang));
  }
}

/** A locale's messages.json asset, as @wxt-dev/i18n made it; throws when there is none. */
function localeFile(
  files: ResolvedPublicFile[],
  lang: string,
): ResolvedPublicFile & { contents: string } {
  const dest = `_locales/${lang}/messages.json`;
  const file = files.find((f) => f.relativeDest.replaceAll('\\', '/') === dest);
  if (!file || !('contents' in file))
    throw new Error(`the build makes no ${dest}: add locales/${lang}.yml`);
  return file;
}

/**
 * One language's messages to send, as loadMessageBook reads them: each live nudge's message
 * written in that language (none stands in for a missing one), and the locale's word for the
 * partner in a message. Throws when the locale has none.
 */
export function messageBook(
  records: readonly NudgeRecord[],
  lang: string,
  locale: ChromeMessages,
): MessageBook {
  const fallback = locale['partner_message']?.message;
  if (!fallback) throw new Error(`locales/${lang}.yml has no partner.message`);
  const byId = Object.fromEntries(
    records.flatMap((r) => (r.retired || !r.message?.[lang] ? [] : [[r.id, r.message[lang]]])),
  );
  return { lang, fallback, byId };
}

/** A file for each of `langs` with its messages to send (`messages/<lang>.json`). */
export function addMessageBooks(
  files: ResolvedPublicFile[],
  records: readonly NudgeRecord[],
  langs: readonly string[],
): void {
  for (const lang of langs) {
    const locale = JSON.parse(localeFile(files, lang).contents) as ChromeMessages;
    files.push({
      relativeDest: messageBookPath(lang).slice(1),
      contents: JSON.stringify(messageBook(records, lang, locale)),
    });
  }
}
