export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
  /** Files counted, relative to the build folder. */
  names: string[];
}
/** Chunks loaded only on demand, left out of an entry point's figure (counted in the total). */
export const ON_DEMAND: RegExp;
/** JavaScript each entry point loads for its everyday job, and all of it together. */
export function measureBytes(
  root: string,
): Promise<Record<'popup' | 'options' | 'background' | 'total', Bytes>>;
