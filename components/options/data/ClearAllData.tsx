import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { ConfirmAction } from '../ConfirmAction';
import { formatCount, formatList } from './format';
import type { KeptCounts } from './use-data-counts';

interface ClearAllDataProps {
  /** What is kept now: the button waits until it is counted, so the question is right. */
  counts: KeptCounts;
  /** Clears; resolves true once done (ConfirmAction's contract). */
  onClear: () => Promise<boolean>;
}

/** "your settings, 12 own nudges, what Still Us learned and 3,214 history entries". */
function whatGoes(counts: Exclude<KeptCounts, null>): string {
  const parts = [i18n.t('data.clear.settings')];
  if (counts === 'unknown') {
    // Couldn't count: name every part, without numbers.
    parts.push(
      i18n.t('data.clear.own_nudges_any'),
      i18n.t('data.clear.learned'),
      i18n.t('data.clear.history_any'),
    );
    return formatList(parts);
  }
  if (counts.customNudges > 0)
    parts.push(
      i18n.t('data.clear.own_nudges', counts.customNudges, [formatCount(counts.customNudges)]),
    );
  if (counts.learned) parts.push(i18n.t('data.clear.learned'));
  if (counts.history > 0)
    parts.push(i18n.t('data.clear.history', counts.history, [formatCount(counts.history)]));
  return formatList(parts);
}

/** "Clear all data", asked once inline, naming what will go and that it can't be undone. */
export function ClearAllData({ counts, onClear }: ClearAllDataProps): JSX.Element | null {
  if (counts === null) return null;
  return (
    <div class="data-clear">
      <ConfirmAction
        label={i18n.t('data.clear.button')}
        question={i18n.t('data.clear.question', [whatGoes(counts)])}
        confirmLabel={i18n.t('data.clear.confirm')}
        onConfirm={onClear}
      />
    </div>
  );
}
