// A build's scans put together, and one browser's minimum for them (see ./index.ts).
import type { CompatStatement, Identifier } from '@mdn/browser-compat-data/types';
import { apiUses } from './api';
import {
  compareVersions,
  nodeAt,
  own,
  splitPath,
  supportOf,
  type Browser,
  type Finding,
  type Scan,
} from './bcd';
import { cssInHtml, cssUses } from './css';
import { manifestUses, type Json } from './manifest';

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
