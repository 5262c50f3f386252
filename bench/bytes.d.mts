export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
  /** Files counted, relative to the build folder. */
  names: string[];
}
/** JavaScript each entry point loads up front (static imports), and all of it together. */
export function measureBytes(
  root: string,
): Promise<Record<'popup' | 'options' | 'background' | 'total', Bytes>>;
