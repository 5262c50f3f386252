import { defineLibrary, type LibraryFile, type Traits } from '../../utils/library/library-rows';
import type { NudgeEntry } from '../../utils/library/nudge';
import {
  CODE_LEGEND,
  EFFORT_CODES,
  FIFTH_LETTERS,
  RETIRED,
  TIME_CODES,
  TONE_CODES,
  decodeTraits,
} from './codes';
import type { Content, NudgeRecord } from './records';
import { traitNames } from './traits';

/** The letters each place of a code may hold, in order, as decodeTraits reads them. */
const PLACES = [
  ...[EFFORT_CODES, TIME_CODES, TONE_CODES, { t: true, a: false }].map(Object.keys),
  // The fifth place is mostly empty: only a nudge with seasons, out, ritual or milestone has one.
  ['', ...FIFTH_LETTERS],
];

const traitsKey = (traits: Partial<Traits>): string =>
  JSON.stringify(traitNames.map((name) => traits[name] ?? null));

/** Every code the worker can read, by the traits it stands for: encoding is decoding backwards. */
const codeByTraits = new Map(
  PLACES.reduce<string[]>(
    (codes, letters) => codes.flatMap((c) => letters.map((l) => c + l)),
    [''],
  ).flatMap((code) => {
    const traits = decodeTraits(code);
    return traits ? [[traitsKey(traits), code] as const] : [];
  }),
);

/** A record's code, RETIRED for a retired one; throws when no code says its traits. */
export function codeOf(record: NudgeRecord): string {
  if (record.retired) return RETIRED;
  const code = codeByTraits.get(traitsKey(record));
  if (code === undefined)
    throw new Error(`${record.id}: no code in modules/content/codes.ts says these traits`);
  return code;
}

/** What the worker knows of a record: its id, kind and traits, never its words. */
export function entryOf(record: NudgeRecord): NudgeEntry {
  const { id, category } = record;
  const traits = Object.fromEntries(
    traitNames.flatMap((name) => (record[name] === undefined ? [] : [[name, record[name]]])),
  );
  return { id, category, ...traits } as NudgeEntry;
}

/**
 * The library as library.json ships it: each kind's codes in number order, a retired nudge's
 * place kept, and the legend they are written in. Throws when a record's traits have no code.
 */
export function libraryFile({ kinds, records }: Content): LibraryFile {
  const rows = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      records
        .filter((r) => r.category === kind)
        .map(codeOf)
        .join(' '),
    ]),
  );
  return { legend: CODE_LEGEND, rows };
}

/** The library the extension reads from library.json, decoded the way it decodes it. */
export const shippedLibrary = (content: Content): NudgeEntry[] =>
  defineLibrary(libraryFile(content));
