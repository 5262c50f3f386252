import { i18n } from '#i18n';
import type { HistoryAction } from '@/utils/history/history';

// Functions, not a table built at import: messages are read when shown.
const labels: Record<HistoryAction, () => string> = {
  shown: () => i18n.t('history.actions.shown'),
  copied: () => i18n.t('history.actions.copied'),
  done: () => i18n.t('history.actions.done'),
  snoozed: () => i18n.t('history.actions.snoozed'),
  another: () => i18n.t('history.actions.another'),
  hidden: () => i18n.t('history.actions.hidden'),
};

/** What was done with a nudge, in a word or two. */
export const actionLabel = (action: HistoryAction): string => labels[action]();
