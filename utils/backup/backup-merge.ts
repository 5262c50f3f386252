import type { HistoryEntry } from '../history/history';
import type { LearnedWeight, LearnedWeights } from '../choose/learned-weights';
import { categories, type CustomNudge } from '../library/nudge';

/** What is stored now, as read: lists may hold broken entries, which merging keeps as they are. */
export interface CurrentRecord {
  customNudges: readonly CustomNudge[];
  learnedWeights: LearnedWeights;
  hiddenNudges: readonly string[];
  /** Only its entries' identities matter: a merge appends, never rewrites. */
  history: readonly HistoryEntry[];
}

/** What "Add to what's here" writes. Settings are not in it: a merge keeps the current ones. */
export interface MergedRecord {
  customNudges: CustomNudge[];
  learnedWeights: LearnedWeights;
  hiddenNudges: string[];
  /** Entries to append: those of the file that aren't already here. */
  newHistory: HistoryEntry[];
  /** Own nudges the file added. */
  addedNudges: number;
}

/** The same entry: the same moment, nudge and action (texts may differ by the name filled in). */
const historyKey = (entry: HistoryEntry): string => `${entry.at}\n${entry.id}\n${entry.action}`;
/** The same nudge for an import, as in custom-nudges.ts: the same kind and words. */
const nudgeKey = (nudge: CustomNudge): string => `${nudge.category}\n${nudge.text}`;

/** The incoming items whose key is neither here nor earlier in the incoming list. */
function onlyNew<T>(here: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(here.map(key));
  return incoming.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function mergeNudges(
  current: readonly CustomNudge[],
  incoming: readonly CustomNudge[],
): { list: CustomNudge[]; added: number } {
  const ids = new Set(current.map((n) => n?.id));
  const words = new Set(current.filter((n) => typeof n?.text === 'string').map(nudgeKey));
  const added = incoming.filter((nudge) => {
    if (ids.has(nudge.id) || words.has(nudgeKey(nudge))) return false;
    ids.add(nudge.id);
    words.add(nudgeKey(nudge));
    return true;
  });
  return { list: [...current, ...added], added: added.length };
}

const wellFormed = (entry: LearnedWeight | undefined): entry is LearnedWeight =>
  typeof entry?.weight === 'number' && typeof entry.at === 'number';

/** Per kind, what was learned most recently wins: it is the newer picture of the person. */
function mergeWeights(current: LearnedWeights, incoming: LearnedWeights): LearnedWeights {
  const merged: LearnedWeights = { ...current };
  for (const kind of categories) {
    const mine = current[kind];
    const theirs = incoming[kind];
    if (theirs && (!wellFormed(mine) || theirs.at > mine.at)) merged[kind] = theirs;
  }
  return merged;
}

/**
 * "Add to what's here": own nudges joined (by id, and never the same words twice), the newest
 * learning per kind, hidden nudges joined, and history entries this device doesn't have yet.
 * The current settings stay. Pure, so every rule has a test.
 */
export function mergeRecord(current: CurrentRecord, incoming: CurrentRecord): MergedRecord {
  const nudges = mergeNudges(current.customNudges, incoming.customNudges);
  return {
    customNudges: nudges.list,
    learnedWeights: mergeWeights(current.learnedWeights, incoming.learnedWeights),
    hiddenNudges: [
      ...current.hiddenNudges,
      ...onlyNew(current.hiddenNudges, incoming.hiddenNudges, (id) => id),
    ],
    newHistory: onlyNew(current.history, incoming.history, historyKey),
    addedNudges: nudges.added,
  };
}
