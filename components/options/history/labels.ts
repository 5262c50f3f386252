import { i18n } from '#i18n';
import type { HistoryAction } from '@/utils/history/history';
import type { HistoryRow } from '@/utils/history/history-rows';

/** What was done with a nudge, in a word or two (read when shown, never at import). */
export const actionLabel = (action: HistoryAction): string => i18n.t(`history.actions.${action}`);

/** What became of a nudge: what was done with it, in order ("Copied · Done"), else "Seen". */
export const outcomeLabel = ({ actions }: HistoryRow): string =>
  actions.length ? [...new Set(actions)].map(actionLabel).join(' · ') : actionLabel('shown');
