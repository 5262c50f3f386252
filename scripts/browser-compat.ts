// What a build of Still Us uses, looked up in MDN's browser-compat-data (BCD): the pure part of
// `npm run browsers:minimums` (scripts/browser-minimums.ts), so tests can run it on small data.
//
// What is found, and where:
// - Extension APIs, in the bundles' JavaScript: `<x>.<namespace>.<member>` (and one level
//   more, e.g. `storage.local.set`) for every namespace BCD lists under `webextensions.api`.
//   The bundles call the API through a minified local (`t=e.browser??e.chrome`, then
//   `t.action.openPopup`), so the receiver's name says nothing: the namespace and member are
//   matched against BCD, and a pair BCD does not list is reported, never counted.
// - Manifest keys, in manifest.json: every key path BCD lists under `webextensions.manifest`
//   (`action.default_popup`, `browser_specific_settings.gecko.data_collection_permissions`), and
//   values BCD lists as sub-features (each permission; `manifest_version: 3` as `v3`).
// - CSS, in the built .css files and the pages' inline <style>: property names and the value
//   keywords BCD lists under them (`display: grid`), functions (`light-dark(`, `clamp(`),
//   selectors (pseudo-classes and -elements, attribute, universal, nesting, combinators) and
//   at-rules with their media features (`@media (prefers-reduced-motion: reduce)`).
//
// Guarded at run time: a use written `member?.` (optional chaining on the feature itself, as in
// `notifications.onButtonClicked?.addListener`) or `typeof x.ns.member` checks for the feature
// before using it, so it sets no minimum; it is reported as guarded. A try/catch is no check:
// `action.openPopup()` in a try still needs the API to work (the catch is its fallback).
//
// Versions, per browser (BCD's support statements):
// - An array of statements: the first that is plain (no flags, no prefix, no alternative name,
//   no partial implementation, not removed) counts; BCD puts the current one first. None plain:
//   not supported.
// - version_added "127" is 127; "≤79" ("at or before 79", the oldest BCD can vouch for) is 79;
//   "preview" (not in a release yet) and false are not supported; true (supported, version not
//   known) and null or a missing browser (not known) set no minimum and are reported.
import type { CompatStatement, Identifier } from '@mdn/browser-compat-data/types';

export type Browser = 'chrome' | 'firefox';
export type Source = 'api' | 'manifest' | 'css';

/** A feature a build uses, by its BCD path ("webextensions.api.action.openPopup"). */
export interface Finding {
  feature: string;
  from: Source;
  /** Every use checks for the feature first (see above): it sets no minimum. */
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

// ---------------------------------------------------------------------------------------------
// Versions

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
function own(node: Identifier, key: string): Identifier | undefined {
  return key !== '__compat' && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Dotted path into its keys; a key may itself hold no dots (BCD's keys never do). */
const splitPath = (path: string): string[] => path.split('.');

/** The child features of a node (its keys but `__compat`). */
const children = (node: Identifier): string[] => Object.keys(node).filter((k) => k !== '__compat');

// ---------------------------------------------------------------------------------------------
// Extension APIs in JavaScript

const IDENT = '[A-Za-z_$][\\w$]*';

/**
 * The `webextensions.api` features used in `js` (the bundles' text). `api` is BCD's
 * `webextensions.api` node; `prefix` the path the findings get ("webextensions.api").
 */
export function apiUses(js: string, api: Identifier, prefix = 'webextensions.api'): Scan {
  const namespaces = children(api).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(typeof\\s+)?${IDENT}(?:\\?\\.|\\.)(${namespaces.join('|')})(\\?\\.|\\.)(${IDENT})` +
      `(?:(\\?\\.|\\.)(${IDENT}))?(\\?\\.)?`,
    'g',
  );
  // Per feature: whether every use so far was guarded.
  const uses = new Map<string, boolean>();
  const notInBcd = new Set<string>();
  const use = (feature: string, guarded: boolean) =>
    uses.set(feature, (uses.get(feature) ?? true) && guarded);
  for (const m of js.matchAll(pattern)) {
    const [, typeOf, ns = '', afterNs = '', member = '', afterMember, sub, afterSub] = m;
    const nsNode = own(api, ns);
    if (!nsNode) continue;
    const memberNode = own(nsNode, member);
    // Not a member BCD lists: not this API (`history.length` is the page's own history).
    if (!memberNode) {
      notInBcd.add(`${prefix}.${ns}.${member}`);
      continue;
    }
    // `typeof x.ns.member…` and `x.ns?.member` test what they reach; `ns?.` guards the namespace.
    use(`${prefix}.${ns}`, afterNs === '?.' || typeOf !== undefined);
    const subNode = sub === undefined ? undefined : own(memberNode, sub);
    // The member is guarded when it is followed by `?.` (or tested by typeof, with nothing after).
    const memberGuarded =
      afterMember === '?.' || (sub === undefined && afterSub === '?.') || typeOf !== undefined;
    use(`${prefix}.${ns}.${member}`, memberGuarded);
    if (subNode) use(`${prefix}.${ns}.${member}.${sub}`, afterSub === '?.' || typeOf !== undefined);
  }
  return {
    found: [...uses].map(([feature, guarded]) => ({ feature, from: 'api' as const, guarded })),
    notInBcd: [...notInBcd],
  };
}

// ---------------------------------------------------------------------------------------------
// Manifest keys

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The `webextensions.manifest` features a manifest.json uses. `manifest` is BCD's
 * `webextensions.manifest` node. Keys BCD does not list are reported where BCD lists the
 * keys at that level (so free-form values such as icon sizes are not), and so are permissions.
 */
export function manifestUses(
  json: Json,
  manifest: Identifier,
  prefix = 'webextensions.manifest',
): Scan {
  const found = new Set<string>();
  const notInBcd = new Set<string>();
  const walk = (value: Json, node: Identifier, path: string) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string' || typeof item === 'number') valueUse(item, node, path);
        else walk(item, node, path);
      }
    } else if (typeof value === 'string' || typeof value === 'number') {
      valueUse(value, node, path);
    } else if (value !== null && typeof value === 'object') {
      const listed = children(node).length > 0;
      for (const [key, inner] of Object.entries(value)) {
        const child = own(node, key);
        if (!child) {
          if (listed && !/^\d+$/.test(key)) notInBcd.add(`${path}.${key}`);
          continue;
        }
        found.add(`${path}.${key}`);
        walk(inner, child, `${path}.${key}`);
      }
    }
  };
  // A value BCD lists as a sub-feature: a permission, or `v3` for manifest_version 3.
  const valueUse = (value: string | number, node: Identifier, path: string) => {
    const key = [String(value), `v${value}`].find((k) => own(node, k));
    if (key) found.add(`${path}.${key}`);
    else if (path.endsWith('permissions') && children(node).length > 0 && !/[/:*]/.test(`${value}`))
      notInBcd.add(`${path}.${value}`);
  };
  walk(json, manifest, prefix);
  return {
    found: [...found].map((feature) => ({ feature, from: 'manifest' as const, guarded: false })),
    notInBcd: [...notInBcd],
  };
}

// ---------------------------------------------------------------------------------------------
// CSS

/** The CSS in an HTML page: its <style> elements and style="" attributes (as a rule each). */
export function cssInHtml(html: string): string {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  const attributes = [...html.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    (m) => `[style]{${m[1] ?? m[2]}}`,
  );
  return [...styles, ...attributes].join('\n');
}

/** Every function name under css.types, to its path (the shallowest where a name repeats). */
export function cssFunctionIndex(types: Identifier, prefix = 'css.types'): Map<string, string> {
  const index = new Map<string, string>();
  let level: [Identifier, string][] = [[types, prefix]];
  while (level.length > 0) {
    const next: [Identifier, string][] = [];
    for (const [node, path] of level)
      for (const key of children(node)) {
        const child = own(node, key);
        if (!child) continue;
        if (!index.has(key)) index.set(key, `${path}.${key}`);
        next.push([child, `${path}.${key}`]);
      }
    level = next;
  }
  return index;
}

/**
 * The CSS features `css` (a stylesheet, minified or not) uses. `tree` is BCD's `css` node. A
 * pragmatic parser, not a full one: strings and url() bodies are blanked, then the text is cut
 * at `{`, `}` and `;` (so nested rules work): what ends at `{` is a selector or an at-rule's
 * prelude, what ends at `;` or `}` a declaration.
 */
export function cssUses(css: string, tree: Identifier, prefix = 'css'): Scan {
  const found = new Set<string>();
  const notInBcd = new Set<string>();
  const properties = own(tree, 'properties') ?? {};
  const selectors = own(tree, 'selectors') ?? {};
  const atRules = own(tree, 'at-rules') ?? {};
  const functions = cssFunctionIndex(own(tree, 'types') ?? {}, `${prefix}.types`);
  const look = (node: Identifier, group: string, name: string) => {
    if (own(node, name)) found.add(`${prefix}.${group}.${name}`);
    else notInBcd.add(`${prefix}.${group}.${name}`);
    return own(node, name);
  };

  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""')
    .replace(/\burl\(\s*[^)"']*\)/gi, 'url()');

  /** Functions in a value, and the keywords BCD lists under its property (at `path`). */
  const values = (value: string, property?: Identifier, path?: string) => {
    for (const m of value.matchAll(/(?<![\w-])(-?[a-zA-Z][\w-]*)\(/g)) {
      const name = (m[1] ?? '').toLowerCase();
      const at = functions.get(name);
      if (at) found.add(at);
      else notInBcd.add(`${prefix}.types.${name}()`);
    }
    if (!property) return;
    // Value keywords BCD lists under the property (display: grid; overflow-wrap: anywhere).
    for (const m of value.matchAll(/(?<![\w(-])([a-zA-Z][\w-]*)(?![\w(-])/g)) {
      const word = (m[1] ?? '').toLowerCase();
      if (own(property, word)) found.add(`${path}.${word}`);
    }
  };

  const declaration = (chunk: string) => {
    const colon = chunk.indexOf(':');
    if (colon < 0) return;
    const name = chunk.slice(0, colon).trim().toLowerCase();
    const value = chunk.slice(colon + 1).replace(/!\s*important/i, '');
    if (!/^-?-?[a-z][\w-]*$/.test(name)) return;
    // A vendor-prefixed fallback for other engines (Lightning CSS adds -webkit-user-select
    // beside user-select) sets nothing the unprefixed one does not: only its value is read.
    if (/^-(webkit|moz|ms|o)-/.test(name) && !own(properties, name)) return values(value);
    const key = name.startsWith('--') ? 'custom-property' : name;
    values(value, look(properties, 'properties', key), `${prefix}.properties.${key}`);
  };

  const selector = (chunk: string) => {
    const plain = chunk.replace(/\[[^\]]*\]/g, (attr) => {
      found.add(`${prefix}.selectors.attribute`);
      return attr.replace(/[^[\]]/g, ' ');
    });
    for (const m of plain.matchAll(/::?(-?[a-zA-Z][\w-]*)/g))
      look(selectors, 'selectors', (m[1] ?? '').toLowerCase());
    // Combinators and the like (the + in :nth-child(2n+1) is none).
    const outside = plain.replace(/:nth-[a-z-]+\([^()]*\)/gi, '');
    if (outside.includes('&')) look(selectors, 'selectors', 'nesting');
    if (outside.includes('*')) look(selectors, 'selectors', 'universal');
    if (outside.includes('>')) look(selectors, 'selectors', 'child');
    if (/\+/.test(outside)) look(selectors, 'selectors', 'next-sibling');
    if (outside.includes('~')) look(selectors, 'selectors', 'subsequent-sibling');
  };

  const atRule = (chunk: string) => {
    const m = /^@([a-zA-Z-]+)\s*([\s\S]*)$/.exec(chunk);
    if (!m) return;
    const name = (m[1] ?? '').toLowerCase();
    const prelude = m[2] ?? '';
    const rule = look(atRules, 'at-rules', name);
    if (!rule) return;
    if (name === 'media' || name === 'container' || name === 'custom-media') {
      for (const q of prelude.matchAll(/\(\s*([a-zA-Z-]+)\s*([:<>=)])/g)) {
        const feature = (q[1] ?? '').toLowerCase();
        if (own(rule, feature)) found.add(`${prefix}.at-rules.${name}.${feature}`);
        else notInBcd.add(`${prefix}.at-rules.${name}.${feature}`);
      }
      // (width <= 36rem), (36rem >= width), (400px < width < 700px)
      if (/\([^()]*[<>][^()]*\)/.test(prelude) && own(rule, 'range_syntax'))
        found.add(`${prefix}.at-rules.${name}.range_syntax`);
    }
    if (name !== 'media' && name !== 'container') values(prelude);
  };

  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== '{' && c !== '}' && c !== ';') continue;
    const chunk = text.slice(start, i).trim();
    start = i + 1;
    if (!chunk) continue;
    if (chunk.startsWith('@')) atRule(chunk);
    else if (c === '{') selector(chunk);
    else declaration(chunk);
  }
  return {
    found: [...found].map((feature) => ({ feature, from: 'css' as const, guarded: false })),
    notInBcd: [...notInBcd],
  };
}

// ---------------------------------------------------------------------------------------------
// Putting a build together

/** Scans joined: a feature is guarded only if it is guarded everywhere it is found. */
export function mergeScans(scans: readonly Scan[]): Scan {
  const found = new Map<string, Finding>();
  for (const { found: list } of scans)
    for (const f of list) {
      const before = found.get(f.feature);
      found.set(f.feature, before ? { ...before, guarded: before.guarded && f.guarded } : f);
    }
  const notInBcd = [...new Set(scans.flatMap((s) => s.notInBcd))].sort();
  return {
    found: [...found.values()].sort((a, b) => a.feature.localeCompare(b.feature)),
    notInBcd,
  };
}

/** A build's files as text, by their path inside the build folder. */
export type BuildFiles = ReadonlyMap<string, string>;

/** The parts of BCD a build is looked up in (CompatData has them). */
export interface Trees {
  webextensions: Identifier;
  css: Identifier;
}

/** Everything a build uses: its JavaScript, its manifest, its CSS and its pages' inline CSS. */
export function scanBuild(files: BuildFiles, bcd: Trees): Scan {
  const scans: Scan[] = [];
  const api = own(bcd.webextensions, 'api') ?? {};
  const manifest = own(bcd.webextensions, 'manifest') ?? {};
  for (const [path, text] of files) {
    if (path.endsWith('.js')) scans.push(apiUses(text, api));
    else if (path === 'manifest.json') scans.push(manifestUses(JSON.parse(text) as Json, manifest));
    else if (path.endsWith('.css')) scans.push(cssUses(text, bcd.css));
    else if (path.endsWith('.html')) scans.push(cssUses(cssInHtml(text), bcd.css));
  }
  return mergeScans(scans);
}

/** A feature with one browser's version for it. */
export interface Versioned {
  feature: string;
  version: string;
}

/** One browser's minimum for a build, and how it was reached. */
export interface BrowserReport {
  /** The newest version any unguarded feature needs ("0" when none names a version). */
  minimum: string;
  /** The features that need exactly that version. */
  setBy: string[];
  /** Every unguarded feature with a version, newest first. */
  features: Versioned[];
  /** Features the code checks for before use: they set no minimum. */
  guarded: (Versioned | { feature: string; why: string })[];
  /** Unguarded features the browser does not support (a build should have none). */
  unsupported: { feature: string; why: string }[];
  /** Unguarded features whose version BCD does not know. */
  unknown: { feature: string; why: string }[];
  /** Names looked for in BCD and not found there: they set nothing. */
  notInBcd: string[];
}

/** The compat statement at a feature's full path ("webextensions.api.action"). */
function compatAt(bcd: Trees, feature: string): CompatStatement | undefined {
  const [tree, ...rest] = splitPath(feature);
  const root = tree === 'webextensions' || tree === 'css' ? bcd[tree] : undefined;
  return root && nodeAt(root, rest.join('.'))?.__compat;
}

/** Versions for `browser` of what a scan found: the minimum is the newest of them. */
export function browserReport(scan: Scan, bcd: Trees, browser: Browser): BrowserReport {
  const report: BrowserReport = {
    minimum: '0',
    setBy: [],
    features: [],
    guarded: [],
    unsupported: [],
    unknown: [],
    notInBcd: scan.notInBcd,
  };
  for (const { feature, guarded } of scan.found) {
    const support = supportOf(compatAt(bcd, feature)?.support[browser]);
    if (guarded) {
      report.guarded.push(
        support.kind === 'version'
          ? { feature, version: support.version }
          : { feature, why: support.why },
      );
    } else if (support.kind === 'version')
      report.features.push({ feature, version: support.version });
    else if (support.kind === 'unsupported') report.unsupported.push({ feature, why: support.why });
    else report.unknown.push({ feature, why: support.why });
  }
  report.features.sort(
    (a, b) => compareVersions(b.version, a.version) || a.feature.localeCompare(b.feature),
  );
  report.minimum = report.features[0]?.version ?? '0';
  report.setBy = report.features
    .filter((f) => compareVersions(f.version, report.minimum) === 0)
    .map((f) => f.feature);
  return report;
}
