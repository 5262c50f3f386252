import { parseYAML } from 'confbox';
import type { NudgeRecord, Words } from './records';

/**
 * Where translations live: `content/translations/<lang>/<kind>.yml`, one monolingual YAML file
 * per language and kind, keyed by id (`kind-act-07: { text: …, message: … }`), the shape
 * translation platforms read (docs/translating.md). English stays with the records.
 */
export const TRANSLATIONS_DIR = 'content/translations';

/** The translation files' texts: by language, then by file name (`<kind>.yml`). */
export type TranslationFiles = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Chrome's locale names: `es`, `pt_BR`, `es_419`; never `en`, the records' own language. */
const LANGUAGE = /^[a-z]{2,3}(_[A-Z0-9]{2,3})?$/;
const PARTS = ['text', 'message'] as const;

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with one id's translation, as found in a file. */
function entryProblems(record: NudgeRecord | undefined, lang: string, value: unknown): string[] {
  if (!record) return ['no nudge has this id in content/nudges/'];
  if (record.text[lang] !== undefined || record.message?.[lang] !== undefined)
    return [`its record in content/nudges/ has ${lang} words too: keep them here only`];
  if (record.retired) return ['this nudge is retired: leave it out'];
  if (!isObject(value)) return ['should be its words (text: …, message: …)'];
  return [
    ...Object.keys(value)
      .filter((field) => !(PARTS as readonly string[]).includes(field))
      .map((field) => `unknown field ${field} (fields: text, message)`),
    ...PARTS.flatMap((part) => {
      const words = value[part];
      if (words === undefined) return [];
      if (part === 'message' && !record.message) return ['message: the English nudge has none'];
      return typeof words === 'string' && words.trim() !== '' ? [] : [`${part} is empty`];
    }),
  ];
}

/**
 * The records with every translation put in their words (`text.es`, `message.es`), and every
 * problem found, each naming its file and id. A translation missing leaves the English in its
 * place; the tests, not the build, require every shipped language whole.
 */
export function withTranslations(
  records: readonly NudgeRecord[],
  files: TranslationFiles,
): { records: NudgeRecord[]; problems: string[] } {
  const byId = new Map(records.map((record) => [record.id, record]));
  const words = new Map<string, Record<string, Partial<Record<(typeof PARTS)[number], string>>>>();
  const problems: string[] = [];
  for (const [lang, kinds] of Object.entries(files)) {
    if (!LANGUAGE.test(lang) || lang === 'en') {
      problems.push(`${lang}/: not a language to translate into (es, de, pt_BR…)`);
      continue;
    }
    for (const [name, yaml] of Object.entries(kinds)) {
      const file = `${lang}/${name}`;
      const kind = name.replace(/\.ya?ml$/, '');
      let data: unknown;
      try {
        data = parseYAML(yaml) ?? {};
      } catch (error) {
        problems.push(`${file}: is not valid YAML: ${(error as Error).message}`);
        continue;
      }
      if (!isObject(data)) {
        problems.push(`${file}: should be translations by id (kind-act-01: { text: … })`);
        continue;
      }
      for (const [id, value] of Object.entries(data)) {
        const record = byId.get(id);
        const found = [
          ...(record && record.category !== kind
            ? [`belongs in ${lang}/${record.category}.yml`]
            : []),
          ...entryProblems(record, lang, value),
        ];
        problems.push(...found.map((problem) => `${file}: ${id}: ${problem}`));
        if (found.length === 0 && isObject(value))
          words.set(id, { ...words.get(id), [lang]: value as Record<string, string> });
      }
    }
  }
  const translated = records.map((record) => {
    const langs = Object.entries(words.get(record.id) ?? {});
    if (langs.length === 0) return record;
    const text: Record<string, string> = { ...record.text };
    const message: Record<string, string> | undefined = record.message && { ...record.message };
    for (const [lang, { text: t, message: m }] of langs) {
      if (t !== undefined) text[lang] = t;
      if (m !== undefined && message) message[lang] = m;
    }
    return { ...record, text: text as Words, ...(message && { message: message as Words }) };
  });
  return { records: translated, problems };
}
