import { useEffect, useRef, useState } from 'preact/hooks';
import { readHistoryPage, type HistoryFilter } from '@/utils/history/history-query';
import { placeRow, type HistoryRow } from '@/utils/history/history-rows';

/** Stored entries (in matching rows) that fill a page; older ones load on request. */
export const PAGE_SIZE = 100;

export interface HistoryView {
  /** Matching rows loaded so far, newest first; null until the first page is read. */
  rows: HistoryRow[] | null;
  /** Where the next page starts, or null when the oldest entry has been looked at. */
  before: IDBValidKey | null;
  /** Rows waiting at `before` for their older `shown` entry. */
  open: HistoryRow[];
  /** The last page stopped at its scan budget before it was full: a search can go further back. */
  partial: boolean;
  /** When the oldest entry looked at so far happened. */
  reachedAt: number | null;
  /** Nothing is stored at all (the first page looked at nothing). */
  empty: boolean;
  loading: boolean;
  failed: boolean;
}

const start: HistoryView = {
  rows: null,
  before: null,
  open: [],
  partial: false,
  reachedAt: null,
  empty: false,
  loading: true,
  failed: false,
};

/**
 * The pages of history read so far for `filter`; `reload` changing reads again from the newest.
 * A page read for a filter that has since changed is dropped, so results never mix.
 */
export function useHistoryPages(
  filter: HistoryFilter,
  reload: number,
): { view: HistoryView; more: () => void } {
  const [view, setView] = useState<HistoryView>(start);
  const latest = useRef(0);

  const load = (before: IDBValidKey | null, open: HistoryRow[] = []): void => {
    const request = ++latest.current;
    const first = before === null;
    setView((v) => ({ ...v, loading: true }));
    readHistoryPage(filter, { before, open, pageSize: PAGE_SIZE }).then(
      (page) => {
        if (request !== latest.current) return;
        setView((v) => {
          // A row left waiting last time may belong a little higher than this page's first.
          const rows = first ? page.rows : [...(v.rows ?? [])];
          if (!first) page.rows.forEach((row) => placeRow(rows, row));
          return {
            rows,
            before: page.before,
            open: page.open,
            partial: !page.full && page.before !== null,
            reachedAt: page.reachedAt ?? (first ? null : v.reachedAt),
            empty: first ? page.scanned === 0 : v.empty,
            loading: false,
            failed: false,
          };
        });
      },
      () => {
        if (request === latest.current)
          setView((v) => ({ ...v, rows: v.rows ?? [], loading: false, failed: true }));
      },
    );
  };

  useEffect(() => load(null), [filter.category, filter.action, filter.search, reload]);
  return { view, more: () => load(view.before, view.open) };
}
