import type { NudgeRecord } from '../modules/content/records';

/** How much of one part is in a language: the count, out of how many, and which are missing. */
export interface Coverage {
  translated: number;
  total: number;
  /** 0–100, one decimal. */
  percent: number;
  missing: string[];
}

/** One language's coverage: the interface's messages, the nudges' texts and their messages. */
export interface LanguageStatus {
  interface: Coverage;
  nudges: Coverage;
  messages: Coverage;
}

const coverage = (all: readonly string[], has: (name: string) => boolean): Coverage => {
  const missing = all.filter((name) => !has(name));
  const translated = all.length - missing.length;
  const percent = all.length === 0 ? 100 : Math.round((1000 * translated) / all.length) / 10;
  return { translated, total: all.length, percent, missing };
};

/**
 * Coverage of `lang` against English: `interfaceKeys` are English's message names, `has` says
 * whether the language's locale file has one; the live records give the nudges.
 */
export function languageStatus(
  lang: string,
  interfaceKeys: readonly string[],
  has: (key: string) => boolean,
  records: readonly NudgeRecord[],
): LanguageStatus {
  const live = records.filter((record) => !record.retired);
  const withMessage = live.filter((record) => record.message !== undefined);
  return {
    interface: coverage(interfaceKeys, has),
    nudges: coverage(
      live.map((r) => r.id),
      (id) => live.find((r) => r.id === id)?.text[lang] !== undefined,
    ),
    messages: coverage(
      withMessage.map((r) => r.id),
      (id) => withMessage.find((r) => r.id === id)?.message?.[lang] !== undefined,
    ),
  };
}
