// MDN's browser-compat-data (BCD) as the scanner reads it: the shapes of what is found, and
// the support a statement gives (the rules are in ./index.ts).
import type { Identifier } from '@mdn/browser-compat-data/types';

export type Browser = 'chrome' | 'firefox';
export type Source = 'api' | 'manifest' | 'css';

/** A feature a build uses, by its BCD path ("webextensions.api.action.openPopup"). */
export interface Finding {
  feature: string;
  from: Source;
  /** Every use checks for the feature first (see ./index.ts): it sets no minimum. */
  guarded: boolean;
}

/** What a scan found: features BCD knows, and names it looked for in BCD and did not find. */
export interface Scan {
  found: Finding[];
  notInBcd: string[];
}

/** One browser's support for a feature. */
export type Support =
  | { kind: 'version'; version: string }
  | { kind: 'unknown'; why: string }
  | { kind: 'unsupported'; why: string };

/** A support statement as BCD has written it over the years (true and null included). */
interface RawStatement {
  version_added?: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown[];
  prefix?: string;
  alternative_name?: string;
  partial_implementation?: boolean;
}

/** -1, 0 or 1 as version `a` ("127", "3.6", "140.0") is older than, the same as, or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Why a statement does not count as plain support, or undefined when it does. */
function notPlain(s: RawStatement): string | undefined {
  if (s.flags?.length) return 'behind a flag';
  if (s.prefix) return `prefixed (${s.prefix})`;
  if (s.alternative_name) return `under another name (${s.alternative_name})`;
  if (s.partial_implementation) return 'partly implemented';
  if (typeof s.version_removed === 'string' || s.version_removed === true) return 'removed';
  return undefined;
}

/** The support a BCD statement (one, an array, or none) gives, by the rules above. */
export function supportOf(entry: RawStatement | readonly RawStatement[] | undefined): Support {
  if (entry === undefined) return { kind: 'unknown', why: 'browser not in the data' };
  const statements: readonly RawStatement[] = Array.isArray(entry) ? entry : [entry];
  const plain = statements.find((s) => notPlain(s) === undefined);
  if (!plain) {
    const why = statements.map((s) => notPlain(s)).find((w) => w !== undefined);
    return { kind: 'unsupported', why: why ?? 'no support statement' };
  }
  const added = plain.version_added;
  if (added === false) return { kind: 'unsupported', why: 'not supported' };
  if (added === true) return { kind: 'unknown', why: 'supported, version not known' };
  if (added === null || added === undefined) return { kind: 'unknown', why: 'support not known' };
  if (added === 'preview') return { kind: 'unsupported', why: 'preview only' };
  const version = added.replace(/^≤/, '');
  if (!/^\d+(\.\d+)*$/.test(version)) return { kind: 'unknown', why: `version "${added}"` };
  return { kind: 'version', version };
}

/** The node at a dotted BCD path ("css.types.color.light-dark"), or undefined. */
export function nodeAt(root: Identifier, path: string): Identifier | undefined {
  let node: Identifier | undefined = root;
  for (const key of path ? splitPath(path) : []) node = node && own(node, key);
  return node;
}

/** A child feature by name (never `__compat`, nor anything on Object's prototype). */
export function own(node: Identifier, key: string): Identifier | undefined {
  return key !== '__compat' && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Dotted path into its keys; a key may itself hold no dots (BCD's keys never do). */
export const splitPath = (path: string): string[] => path.split('.');

/** The child features of a node (its keys but `__compat`). */
export const children = (node: Identifier): string[] =>
  Object.keys(node).filter((k) => k !== '__compat');
