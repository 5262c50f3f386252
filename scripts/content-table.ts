// `npm run content:table [lang]`: every nudge on one line, for review: its id, its traits and
// its words (English unless a language is given), tab-separated under a header line. A
// retired nudge says so. Run through jiti; no build needed.
import type { NudgeRecord } from '../modules/content/records';
import { readContent } from '../modules/content/read-content';
import { traitNames } from '../modules/content/traits';
import { categories } from '../utils/library/nudge';

const lang = process.argv[2] ?? 'en';
/** One cell on one line, whatever spaces its words hold. */
const cell = (value: unknown): string => String(value ?? '').replace(/\s+/g, ' ');

const row = (record: NudgeRecord): string[] => [
  record.id,
  ...traitNames.map((name) => cell(record[name] ?? '-')),
  record.retired ? 'retired' : '',
  cell(record.text[lang]),
  cell(record.message?.[lang]),
];

const lines = [
  ['id', ...traitNames, 'retired', 'text', 'message'],
  ...readContent(categories).records.map(row),
].map((cells) => cells.join('\t'));
console.log(lines.join('\n'));
