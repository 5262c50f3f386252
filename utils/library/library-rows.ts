import type { Category, NudgeEntry } from './nudge';

/** What a nudge is, besides its id and kind. */
export type Traits = Omit<NudgeEntry, 'id' | 'category'>;

/**
 * What each letter of a nudge's code says, place by place (modules/content/codes.ts has the
 * table): a code's traits are its letters' traits together.
 */
export type CodeLegend = readonly Readonly<Record<string, Partial<Traits>>>[];

/**
 * One code's traits by `legend`, or null when it is retired or not a code: fewer than four
 * letters, or a letter the legend has not at its place.
 */
export function traitsOf(legend: CodeLegend, code: string): Traits | null {
  const parts = [...code].map((letter, place) => legend[place]?.[letter]);
  return code.length >= 4 && parts.every(Boolean) ? (Object.assign({}, ...parts) as Traits) : null;
}

/**
 * The library as library.json holds it: by kind, in the library's order, each kind's codes in
 * number order separated by spaces (a nudge's number is its place, from 01).
 */
export type LibraryRows = Readonly<Record<string, string>>;

/** library.json: the codes and the legend they are written in. */
export interface LibraryFile {
  legend: CodeLegend;
  rows: LibraryRows;
}

/**
 * The library's codes, by kind, as entries with ids `<kind>-<nn>` (nn from 01); a code that
 * says nothing (retired, or spoilt) is left out. Throws on a file of another shape.
 */
export function defineLibrary({ legend, rows }: LibraryFile): NudgeEntry[] {
  return Object.entries(rows).flatMap(([category, codes]) =>
    codes.split(' ').flatMap((code, i) => {
      const traits = traitsOf(legend, code);
      if (!traits) return [];
      const id = `${category}-${String(i + 1).padStart(2, '0')}`;
      return [{ id, category: category as Category, ...traits }];
    }),
  );
}
