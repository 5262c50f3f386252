export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
  /** Files counted, relative to the build folder. */
  names: string[];
}
/** Chunks loaded only on demand, left out of an entry point's figure (counted in the total). */
export const ON_DEMAND: RegExp;
/** The data file of the library's codes, measured on its own (it is not JavaScript). */
export const LIBRARY_FILE: string;
/**
 * JavaScript each entry point loads for its everyday job, and all of it together; and
 * `library`, the library's data file (library.json), in none of the others.
 */
export function measureBytes(
  root: string,
): Promise<Record<'popup' | 'options' | 'background' | 'total' | 'library', Bytes>>;
