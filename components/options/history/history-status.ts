import { i18n } from '#i18n';
import type { HistoryView } from './use-history-pages';

const longDate = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** How far back a search has looked, as a date. */
const reached = (view: HistoryView): string =>
  view.reachedAt === null || !Number.isFinite(view.reachedAt)
    ? ''
    : longDate.format(view.reachedAt);

/**
 * What the list holds, said politely to screen readers and shown above it: how many rows,
 * and for a search, whether it has looked all the way back.
 */
export function historyStatus(view: HistoryView, filtered: boolean): string {
  const { rows } = view;
  if (rows === null || view.empty || view.failed) return '';
  const n = rows.length;
  if (!filtered) return i18n.t('history.showing', n);
  if (n === 0)
    return view.partial
      ? i18n.t('history.no_match_yet', [reached(view)])
      : i18n.t('history.no_match');
  if (view.partial) return i18n.t('history.found_so_far', n, [n, reached(view)]);
  return i18n.t('history.found', n);
}
