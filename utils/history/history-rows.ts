import type { HistoryAction, HistoryEntry } from './history';
import { PENDING_FRESH_FOR } from '../library/shown-nudge';

/**
 * One nudge as it came, and what became of it: its `shown` entry with the actions that followed
 * it, folded for reading. Its own fields are the `shown` entry's, or the oldest action's when no
 * `shown` is stored (older data, imports); `action` is `shown` exactly when one is.
 */
export interface HistoryRow extends HistoryEntry {
  /** What was done with it, oldest first; none when it was only seen. */
  actions: HistoryAction[];
}

/** Stored entries a row stands for (a page fills by entries read, not by rows). */
export const rowSize = (row: HistoryRow): number =>
  row.actions.length + (row.action === 'shown' ? 1 : 0);

/** Whether `action` (`all`: anything) was done with the row's nudge. */
export const rowHas = (row: HistoryRow, action: HistoryAction | 'all'): boolean =>
  action === 'all' || row.actions.includes(action);

/** Folds entries, newest first, into rows; `emit` gets each row once it is complete. */
export interface RowFolder {
  add: (entry: HistoryEntry) => void;
  /** Nothing older is stored: the waiting rows are complete as they are. */
  end: () => void;
  /** The rows still waiting for an older `shown` entry, to carry on from. */
  open: () => HistoryRow[];
}

/**
 * Reading newest first, an action waits for the `shown` of the same nudge before it. It is
 * that showing's when it comes within the time a waiting nudge stays fresh (of the oldest action
 * read so far), with only copies between: copying keeps a nudge; Done, Not now, Never and
 * Another idea let it go, so an older one of those is another showing's. Rows are never changed,
 * only replaced, so a page read twice (a second click) cannot fold into the same ones. Linear:
 * `open` keeps the order rows began in, and the first ones are the first a window leaves behind.
 */
export function rowFolder(
  emit: (row: HistoryRow) => void,
  carry: readonly HistoryRow[] = [],
): RowFolder {
  const open = new Map(carry.map((row) => [row.id, row]));
  const close = (row: HistoryRow): void => {
    open.delete(row.id);
    emit(row);
  };
  return {
    add(entry) {
      for (const row of open.values()) {
        if (row.at - entry.at <= PENDING_FRESH_FOR) break;
        close(row);
      }
      const { id, action } = entry;
      const shown = action === 'shown';
      const later = open.get(id);
      if (later && !shown && action !== 'copied') close(later);
      const after = open.get(id)?.actions ?? [];
      const row = { ...open.get(id), ...entry, actions: shown ? after : [action, ...after] };
      if (shown) close(row);
      else {
        // Moved to the end: its time is now the oldest open one, so `open` stays in time order.
        open.delete(id);
        open.set(id, row);
      }
    },
    end: () => open.forEach(close),
    open: () => [...open.values()],
  };
}

/** Puts `row` into `rows` (newest first) where its time belongs: at the end but for a straggler. */
export function placeRow(rows: HistoryRow[], row: HistoryRow): void {
  let i = rows.length;
  while (i > 0 && (rows[i - 1]?.at ?? 0) < row.at) i--;
  rows.splice(i, 0, row);
}

/**
 * The rows of `entries` (newest first), newest first, after the rows `carry` left waiting, and
 * the rows still waiting; `ended`: nothing older is stored. Stored entries are left as they are.
 */
export function historyRows(
  entries: readonly HistoryEntry[],
  { carry = [], ended = false }: { carry?: readonly HistoryRow[]; ended?: boolean } = {},
): { rows: HistoryRow[]; open: HistoryRow[] } {
  const rows: HistoryRow[] = [];
  const folder = rowFolder((row) => placeRow(rows, row), carry);
  entries.forEach(folder.add);
  if (ended) folder.end();
  return { rows, open: folder.open() };
}
