import { i18n } from '#i18n';
import { historyStore, storedEntry, type HistoryAction, type HistoryEntry } from './history';
import { placeRow, rowFolder, rowHas, rowSize, type HistoryRow } from './history-rows';
import { walkNewest } from './walk-newest';
import { atLocalTime, startOfLocalDay } from '../time/local-time';
import type { Category } from '../library/nudge';

/** What the history list is narrowed to; `all` lets everything through. */
export interface HistoryFilter {
  category: Category | 'all';
  action: HistoryAction | 'all';
  /** Words looked for in the text and the message, any case, accents ignored. */
  search: string;
}

export const noFilter: HistoryFilter = { category: 'all', action: 'all', search: '' };

/** True when nothing narrows the list. */
export const isUnfiltered = (filter: HistoryFilter): boolean =>
  filter.category === 'all' && filter.action === 'all' && filter.search.trim() === '';

/** Lower case without accents, so "cafe" finds "Café". */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * A test for one entry by its kind and words; the search words are folded once, not once per
 * entry. What was done narrows rows (rowHas), not entries: a `shown` entry is part of a Done row.
 */
export function entryMatcher(filter: HistoryFilter): (entry: HistoryEntry) => boolean {
  const words = fold(filter.search).split(/\s+/).filter(Boolean);
  return (entry) => {
    if (filter.category !== 'all' && entry.category !== filter.category) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${entry.text}\n${entry.message ?? ''}`);
    return words.every((word) => haystack.includes(word));
  };
}

/** Whether `entry` passes `filter`'s kind and words. */
export function matchesFilter(entry: HistoryEntry, filter: HistoryFilter): boolean {
  return entryMatcher(filter)(entry);
}

/** The entries (or rows) of one local day, under a heading people read at a glance. */
export interface DayGroup<T extends HistoryEntry = HistoryEntry> {
  /** Local midnight starting the day, epoch ms. */
  day: number;
  label: string;
  entries: T[];
}

/** "Today", "Yesterday", else the weekday and date (with the year when it is not this one). */
export function dayLabel(day: number, now: number, locale?: string): string {
  if (Number.isNaN(new Date(day).getTime())) return '';
  if (day === startOfLocalDay(now)) return i18n.t('history.today');
  if (day === atLocalTime(now, 0, -1)) return i18n.t('history.yesterday');
  const sameYear = new Date(day).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(day);
}

/** Entries (newest first) in runs by local day, newest day first. */
export function groupByDay<T extends HistoryEntry>(
  entries: T[],
  now: number,
  locale?: string,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const entry of entries) {
    const day = startOfLocalDay(entry.at);
    const last = groups.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else groups.push({ day, label: dayLabel(day, now, locale), entries: [entry] });
  }
  return groups;
}

/** One page of matching rows, newest first, and where to carry on from. */
export interface HistoryPage {
  rows: HistoryRow[];
  /** Rows still waiting for an older `shown` entry: the next page carries on with them. */
  open: HistoryRow[];
  /** The key to read on from (exclusive), or null once the oldest entry has been looked at. */
  before: IDBValidKey | null;
  /** Set when it stopped because its rows filled it (not at the scan budget or the oldest entry). */
  full?: boolean;
  /** How many stored entries were looked at for this page. */
  scanned: number;
  /** When the oldest entry looked at happened: how far back this page has searched. */
  reachedAt: number | null;
}

export interface PageOptions {
  /** Carry on from a previous page's `before`; omitted, start from the newest. */
  before?: IDBValidKey | null;
  /** The previous page's `open` rows, with its `before`. */
  open?: readonly HistoryRow[];
  /** Stored entries in matching rows that fill a page (rows only saw count too). */
  pageSize?: number;
  /** At most this many entries are looked at, so a rare search never holds the page up. */
  scanBudget?: number;
}

/**
 * Reads newest first with a cursor over the time-ordered key, folding what matches into rows
 * (history-rows.ts), and stops as soon as a page is full or the scan budget is spent: the cost
 * follows the page, never the size of the store. Kind and words narrow entries; what was done
 * narrows rows. (`getAll` with a count would return the oldest end of a range, not the newest.)
 */
export function readHistoryPage(
  filter: HistoryFilter,
  { before = null, open = [], pageSize = 100, scanBudget = 5000 }: PageOptions = {},
): Promise<HistoryPage> {
  const matches = entryMatcher(filter);
  const range = before === null ? null : IDBKeyRange.upperBound(before, true);
  return historyStore()('readonly', (store) => {
    const page: HistoryPage = {
      rows: [],
      open: [],
      before: null,
      scanned: 0,
      reachedAt: null,
    };
    let filled = 0;
    const folder = rowFolder((row) => {
      if (!rowHas(row, filter.action)) return;
      filled += rowSize(row);
      placeRow(page.rows, row);
    }, open);
    const keepOn = (key: IDBValidKey, value: unknown): boolean => {
      // The page is full: one record further only told whether anything older is left.
      if (filled >= pageSize || page.scanned >= scanBudget) return false;
      const entry = storedEntry(value as HistoryEntry);
      page.scanned++;
      page.reachedAt = entry.at;
      page.before = key;
      if (matches(entry)) folder.add(entry);
      return true;
    };
    return walkNewest(store, range, keepOn, 2 * pageSize).then((ended) => {
      if (!ended) return { ...page, full: filled >= pageSize, open: folder.open() };
      folder.end();
      return { ...page, before: null };
    });
  });
}

/** Whether anything at all was stored before `at` (one step of a cursor). */
export function hasHistoryBefore(at: number): Promise<boolean> {
  return historyStore()('readonly', (store) => {
    const request = store.openKeyCursor(IDBKeyRange.upperBound([at]), 'prev');
    return new Promise<boolean>((resolve, reject) => {
      request.onerror = () => reject(request.error);
      request.onsuccess = () => resolve(request.result !== null);
    });
  });
}

/** Said on the page when history changed under it (cleared, imported), so views read again. */
export const HISTORY_CHANGED = 'still-us:history-changed';

export function announceHistoryChanged(target: EventTarget = document): void {
  target.dispatchEvent(new Event(HISTORY_CHANGED));
}

/** Said once the history list's first page is on screen: lesser readers wait for it. */
export const HISTORY_SHOWN = 'still-us:history-shown';
