import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { FilePreview } from '../../fields/FilePreview';
import { ConfirmAction } from '../ConfirmAction';
import { formatCount, formatDay } from './format';
import type { BackupSummary } from '@/utils/backup/backup-file';

interface BackupPreviewProps {
  summary: BackupSummary;
  /** True while an import is being written: the choices wait (and keep focus: not `disabled`). */
  busy: boolean;
  onMerge: () => void;
  /** Resolves true once replaced (ConfirmAction's contract). */
  onReplace: () => Promise<boolean>;
  onCancel: () => void;
}

/** The lines of what the file holds: only what is there, and the settings always. */
function holdings(summary: BackupSummary): string[] {
  const lines = [i18n.t('data.import.settings')];
  if (summary.customNudges > 0)
    lines.push(
      i18n.t('data.import.own_nudges', summary.customNudges, [formatCount(summary.customNudges)]),
    );
  if (summary.learnedKinds > 0) lines.push(i18n.t('data.import.learned'));
  if (summary.hiddenNudges > 0)
    lines.push(
      i18n.t('data.import.hidden', summary.hiddenNudges, [formatCount(summary.hiddenNudges)]),
    );
  if (summary.firstAt !== null && summary.lastAt !== null) {
    const count = i18n.t('data.import.history', summary.history, [formatCount(summary.history)]);
    const [first, last] = [formatDay(summary.firstAt), formatDay(summary.lastAt)];
    lines.push(
      first === last
        ? i18n.t('data.import.history_day', [count, first])
        : i18n.t('data.import.history_span', [count, first, last]),
    );
  }
  return lines;
}

/** What a chosen backup holds, and the choice: add to what's here, replace everything, or not. */
export function BackupPreview({
  summary,
  busy,
  onMerge,
  onReplace,
  onCancel,
}: BackupPreviewProps): JSX.Element {
  return (
    <FilePreview class="data-preview" label={i18n.t('data.import.preview_label')}>
      <p>{i18n.t('data.import.made_on', [formatDay(summary.exportedAt)])}</p>
      <ul data-testid="backup-holds">
        {holdings(summary).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {summary.settingsSkipped > 0 && (
        <p class="hint">
          {i18n.t('data.import.settings_skipped', summary.settingsSkipped, [
            formatCount(summary.settingsSkipped),
          ])}
        </p>
      )}
      <p class="hint" id="data-merge-hint">
        {i18n.t('data.import.merge_hint')}
      </p>
      <div class="data-choices">
        <ConfirmAction
          label={i18n.t('data.import.replace')}
          question={i18n.t('data.import.replace_question')}
          confirmLabel={i18n.t('data.import.replace_confirm')}
          onConfirm={onReplace}
          beside={
            <button
              type="button"
              class="primary"
              aria-describedby="data-merge-hint"
              aria-disabled={busy}
              onClick={onMerge}
            >
              {i18n.t('data.import.merge')}
            </button>
          }
        />
        <button type="button" aria-disabled={busy} onClick={onCancel}>
          {i18n.t('data.import.cancel')}
        </button>
      </div>
    </FilePreview>
  );
}
