import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../utils/library/nudge';
import { parseKind, type Content, type NudgeRecord } from './records';
import { TRANSLATIONS_DIR, withTranslations, type TranslationFiles } from './translations';

/** Where the nudges live: one file per kind, `<kind>.yml`. */
export const CONTENT_DIR = 'content/nudges';

/**
 * Every kind's records, kind by kind in `kinds` order (the library's order), from the files'
 * texts by name; with every problem found, each naming its file.
 */
export function parseContent(
  files: Readonly<Record<string, string>>,
  kinds: readonly Category[],
): { records: NudgeRecord[]; problems: string[] } {
  const names = kinds.map((kind) => `${kind}.yml`);
  const problems = Object.keys(files)
    .filter((name) => !names.includes(name))
    .map((name) => `${name}: not a kind of nudge (see categories in utils/library/nudge.ts)`);
  const records = kinds.flatMap((kind) => {
    const text = files[`${kind}.yml`];
    if (text === undefined) {
      problems.push(`${kind}.yml is missing: each kind has a file of its nudges`);
      return [];
    }
    const parsed = parseKind(kind, text);
    problems.push(...parsed.problems.map((problem) => `${kind}.yml: ${problem}`));
    return parsed.records;
  });
  return { records, problems };
}

/**
 * The kinds that have a file, by file name and in no set order: for a reader that cannot import
 * `categories` (nudge.ts brings the browser's i18n with it) and needs no order.
 */
export function kindsWithFiles(root = '.'): Category[] {
  const names = readdirSync(join(root, CONTENT_DIR)).filter((name) => name.endsWith('.yml'));
  return names.map((name) => name.slice(0, -'.yml'.length) as Category);
}

/** A folder's YAML files' texts, by file name. */
const yamlFiles = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

/** content/translations/<lang>/ under `root`, by language; none when the folder is not there. */
export function translationFiles(root = '.'): TranslationFiles {
  const dir = join(root, TRANSLATIONS_DIR);
  if (!existsSync(dir)) return {};
  const langs = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return Object.fromEntries(langs.map(({ name }) => [name, yamlFiles(join(dir, name))]));
}

/**
 * Reads content/nudges/ under `root`, with content/translations/ put in the records' words;
 * throws one error that lists every problem.
 */
export function readContent(kinds: readonly Category[], root = '.'): Content {
  const parsed = parseContent(yamlFiles(join(root, CONTENT_DIR)), kinds);
  const { records, problems } = withTranslations(parsed.records, translationFiles(root));
  const all = [
    ...parsed.problems.map((p) => `${CONTENT_DIR}/${p}`),
    ...problems.map((p) => `${TRANSLATIONS_DIR}/${p}`),
  ];
  if (all.length > 0)
    throw new Error(`The nudges need fixing:\n${all.map((p) => `  - ${p}`).join('\n')}`);
  return { kinds, records };
}
