import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { actionLabel } from './labels';
import { historyActions, type HistoryAction } from '@/utils/history/history';
import { categories, categoryLabel, type Category } from '@/utils/library/nudge';

interface HistoryFiltersProps {
  category: Category | 'all';
  action: HistoryAction | 'all';
  /** What is typed, as typed (the list follows it a moment later). */
  query: string;
  onCategory: (category: Category | 'all') => void;
  onAction: (action: HistoryAction | 'all') => void;
  onQuery: (query: string) => void;
  /** Whether nudges only seen (nothing done with them) are listed too. */
  withSeen: boolean;
  onWithSeen: (withSeen: boolean) => void;
}

const isCategory = (value: string): value is Category =>
  (categories as readonly string[]).includes(value);
const isAction = (value: string): value is HistoryAction =>
  (historyActions as readonly string[]).includes(value);

/**
 * Kind, what happened, words to look for, and whether nudges only seen are listed; each
 * labelled, all plain form controls. "Seen" is that last choice's, not one of what happened.
 */
export function HistoryFilters(props: HistoryFiltersProps): JSX.Element {
  const value = (event: Event): string => (event.currentTarget as HTMLInputElement).value;
  return (
    <div class="history-filters" role="group" aria-label={i18n.t('history.filters')}>
      <label>
        {i18n.t('history.kind')}
        <select
          value={props.category}
          onChange={(e) => {
            const kind = value(e);
            props.onCategory(isCategory(kind) ? kind : 'all');
          }}
        >
          <option value="all">{i18n.t('history.kind_all')}</option>
          {categories.map((kind) => (
            <option key={kind} value={kind}>
              {categoryLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t('history.action')}
        <select
          value={props.action}
          onChange={(e) => {
            const action = value(e);
            props.onAction(isAction(action) ? action : 'all');
          }}
        >
          <option value="all">{i18n.t('history.action_all')}</option>
          {/* Not `shown` (first): every row was shown; the box below lists the ones only seen. */}
          {historyActions.slice(1).map((action) => (
            <option key={action} value={action}>
              {actionLabel(action)}
            </option>
          ))}
        </select>
      </label>
      <div class="history-search">
        <label for="history-search">{i18n.t('history.search')}</label>
        <input
          id="history-search"
          type="search"
          value={props.query}
          aria-describedby="history-search-hint"
          onInput={(e) => props.onQuery(value(e))}
        />
        <span id="history-search-hint" class="hint">
          {i18n.t('history.search_hint')}
        </span>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={props.withSeen}
          onChange={(e) => props.onWithSeen(e.currentTarget.checked)}
        />
        {i18n.t('history.with_seen')}
      </label>
    </div>
  );
}
