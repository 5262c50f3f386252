import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmAction } from './ConfirmAction';
import { HistoryDays } from './history/HistoryDays';
import { HistoryFilters } from './history/HistoryFilters';
import { historyStatus } from './history/history-status';
import { useDebounced } from './history/use-debounced';
import { useHistoryReload } from './history/use-history-reload';
import { useHistoryPages } from './history/use-history-pages';
import { afterPaint } from '@/utils/popup/after-paint';
import { clearHistory, type HistoryAction } from '@/utils/history/history';
import { announceHistoryChanged, HISTORY_SHOWN, isUnfiltered } from '@/utils/history/history-query';
import type { Category } from '@/utils/library/nudge';

/**
 * History by day, a row per nudge (history-rows.ts), narrowed by kind, by what was done and by
 * words, a page at a time; the nudges only seen are left out unless asked for.
 */
export function HistoryList(): JSX.Element {
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [action, setAction] = useState<HistoryAction | 'all'>('all');
  const [query, setQuery] = useState('');
  // Off on every visit: the nudges acted on are what a tired parent looks back for. Only the
  // view narrows, so the box never reads history again, and pages read the same either way.
  const [withSeen, setWithSeen] = useState(false);
  const search = useDebounced(query, 250);
  // Cleared or imported elsewhere on this page: read again from the newest.
  const reload = useHistoryReload();
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const filter = { category, action, search };
  const { view, more } = useHistoryPages(filter, reload);
  const { rows } = view;
  const entries = (withSeen ? rows : rows?.filter((row) => row.actions.length > 0)) ?? [];

  // Once the first page is on screen, lesser readers (the weekly picture) may start.
  const shown = rows !== null;
  useEffect(() => {
    if (shown) void afterPaint().then(() => document.dispatchEvent(new Event(HISTORY_SHOWN)));
  }, [shown]);
  // A new choice replaces the last notice ("History cleared.") with its own count.
  const choose =
    <T,>(set: (value: T) => void) =>
    (value: T): void => {
      setNotice('');
      set(value);
    };

  const clearAll = async (): Promise<boolean> => {
    try {
      await clearHistory();
    } catch {
      setNotice(i18n.t('history.clear_problem'));
      return false;
    }
    setCategory('all');
    setAction('all');
    setQuery('');
    setNotice(i18n.t('history.cleared'));
    announceHistoryChanged();
    heading.current?.focus();
    return true;
  };

  const filtered = !isUnfiltered(filter);
  const hasAny = rows !== null && !view.empty && (!view.failed || rows.length > 0);
  return (
    <section class="field history-section" aria-labelledby="history-heading">
      <h3 id="history-heading" ref={heading} tabIndex={-1}>
        {i18n.t('history.heading')}
      </h3>
      <p class="hint">{i18n.t('history.hint')}</p>
      {view.failed && (
        <p class="error" role="alert">
          {i18n.t('history.read_problem')}
        </p>
      )}
      {hasAny && (
        <HistoryFilters
          category={category}
          action={action}
          query={query}
          onCategory={choose(setCategory)}
          onAction={choose(setAction)}
          onQuery={choose(setQuery)}
          withSeen={withSeen}
          onWithSeen={choose(setWithSeen)}
        />
      )}
      <p class="status history-status" role="status" aria-live="polite">
        {notice || historyStatus({ ...view, rows: rows && entries }, filtered)}
      </p>
      {rows === null ? (
        <p class="hint">{i18n.t('history.loading')}</p>
      ) : view.empty ? (
        <p class="hint">{i18n.t('history.empty')}</p>
      ) : (
        <>
          {entries.length > 0 && (
            <HistoryDays entries={entries} now={Date.now()} busy={view.loading} />
          )}
          {/* Rows there, none shown: never an empty list with no word of why. */}
          {entries.length === 0 && !withSeen && rows.length > 0 && !filtered && (
            <p class="hint">{i18n.t('history.only_seen')}</p>
          )}
        </>
      )}
      {hasAny && view.before !== null && (
        <div class="row history-more">
          <button type="button" onClick={more}>
            {i18n.t(view.partial ? 'history.further_back' : 'history.show_older')}
          </button>
        </div>
      )}
      {hasAny && (
        <ConfirmAction
          label={i18n.t('history.clear')}
          question={i18n.t('history.clear_question')}
          groupLabel={i18n.t('history.clear_group')}
          onConfirm={clearAll}
        />
      )}
    </section>
  );
}
