import { parseYAML } from 'confbox';
import type { Category } from '../../utils/library/nudge';
import type { NudgeEntry } from '../../utils/library/nudge';
import { traitNames, traitProblems } from './traits';

/** A nudge's words by language: English always (the default locale), others as translated. */
export type Words = Readonly<{ en: string } & Record<string, string>>;

/** One nudge as content/nudges/<kind>.yml writes it: what it is and what it says, by id. */
export interface NudgeRecord extends NudgeEntry {
  /** What the popup shows. */
  text: Words;
  /** A message to copy and send. */
  message?: Words;
  /** Out of the library for good; the record stays so its id is never reused. */
  retired?: true;
}

/** The library as content/nudges/ writes it: the kinds in the library's order, every record. */
export interface Content {
  kinds: readonly Category[];
  records: readonly NudgeRecord[];
}

/** What one kind's file holds once read: its records, or why some could not be read. */
export interface ParsedKind {
  records: NudgeRecord[];
  problems: string[];
}

const FIELDS = ['id', 'retired', ...traitNames, 'text', 'message'];
/** Chrome's locale names: `en`, `pt_BR`, `es_419`. */
const LANGUAGE = /^[a-z]{2,3}(_[A-Z0-9]{2,3})?$/;
const ID = /^([a-z]+(?:-[a-z]+)*)-(\d{2,})$/;
const NEVER_RENUMBERED =
  'ids run from 01 in file order, none skipped or moved (to take a nudge out, mark it retired: true)';

/** The id of a kind's nth nudge (from 1): `kind-act-07`. */
export const nudgeId = (kind: string, n: number): string => `${kind}-${String(n).padStart(2, '0')}`;

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function wordsProblems(field: string, value: unknown, required: boolean): string[] {
  if (value === undefined) return required ? [`${field} is missing (${field}: { en: … })`] : [];
  if (!isObject(value)) return [`${field} should be words by language (${field}: { en: … })`];
  const problems = Object.entries(value).flatMap(([lang, words]) => [
    ...(LANGUAGE.test(lang) ? [] : [`${field}.${lang}: not a language code (en, es, pt_BR…)`]),
    ...(typeof words === 'string' && words.trim() !== '' ? [] : [`${field}.${lang} is empty`]),
  ]);
  return 'en' in value ? problems : [...problems, `${field}.en is missing: English is required`];
}

function idProblems(kind: string, n: number, id: unknown, seen: ReadonlySet<unknown>): string[] {
  const match = typeof id === 'string' ? ID.exec(id) : null;
  if (!match) return ['id is missing or not like <kind>-<nn>'];
  if (match[1] !== kind)
    return [`id ${String(id)} is not a ${kind} id: it belongs in ${match[1]}.yml`];
  if (seen.has(id)) return [`id ${String(id)} appears twice: ids are never reused`];
  const expected = nudgeId(kind, n);
  return id === expected ? [] : [`expected ${expected} here: ${NEVER_RENUMBERED}`];
}

function recordProblems(
  kind: Category,
  n: number,
  item: unknown,
  seen: ReadonlySet<unknown>,
): string[] {
  if (!isObject(item)) return ['should be a record (id, traits, text)'];
  const unknown = Object.keys(item).filter((field) => !FIELDS.includes(field));
  return [
    ...idProblems(kind, n, item['id'], seen),
    ...unknown.map((field) => `unknown field ${field} (fields: ${FIELDS.join(', ')})`),
    ...(item['retired'] === undefined || item['retired'] === true
      ? []
      : ['retired is true or left out']),
    ...traitProblems(item, kind),
    ...wordsProblems('text', item['text'], true),
    ...wordsProblems('message', item['message'], false),
  ];
}

/**
 * Reads one kind's file: a YAML list of records, each found by its id. Checks every field, so a
 * record that comes back is whole; each problem names the record it is in.
 */
export function parseKind(kind: Category, yaml: string): ParsedKind {
  let data: unknown;
  try {
    data = parseYAML(yaml);
  } catch (error) {
    return { records: [], problems: [`is not valid YAML: ${(error as Error).message}`] };
  }
  if (!Array.isArray(data)) return { records: [], problems: ['should be a list of nudges'] };
  const seen = new Set<unknown>();
  const problems: string[] = [];
  const records = data.flatMap((item: unknown, i): NudgeRecord[] => {
    const found = recordProblems(kind, i + 1, item, seen);
    const id = isObject(item) && typeof item['id'] === 'string' ? item['id'] : `nudge ${i + 1}`;
    if (isObject(item)) seen.add(item['id']);
    problems.push(...found.map((problem) => `${id}: ${problem}`));
    // Checked above: every field is there and of its kind.
    return found.length === 0 && isObject(item)
      ? [{ ...(item as unknown as NudgeRecord), category: kind }]
      : [];
  });
  return { records, problems };
}
