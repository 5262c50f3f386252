// `npm run i18n:template`: the English words of the nudges in the shape of a translation file
// (`<id>: { text, message }`), one file per kind in .output/i18n-template/en/, the base file a
// translation platform needs beside content/translations/<lang>/ (docs/translating.md).
// Generated, never committed: the records in content/nudges/ stay the one home of English.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../modules/content/read-content';
import { categories } from '../utils/library/nudge';

const OUT = join('.output', 'i18n-template', 'en');
/** A YAML single-quoted scalar: a quote inside is written twice. */
const quoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const { records } = readContent(categories);
mkdirSync(OUT, { recursive: true });
for (const kind of categories) {
  const lines = records
    .filter((r) => r.category === kind && !r.retired)
    .flatMap((r) => [
      `${r.id}:`,
      `  text: ${quoted(r.text.en)}`,
      ...(r.message ? [`  message: ${quoted(r.message.en)}`] : []),
    ]);
  const head = `# English words of content/nudges/${kind}.yml, by id: the template for translations.`;
  writeFileSync(join(OUT, `${kind}.yml`), [head, ...lines, ''].join('\n'));
}
console.log(`Wrote ${categories.length} files to ${OUT}/`);
