import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { ConfirmAction } from './ConfirmAction';
import { CustomNudgeForm } from './CustomNudgeForm';
import type { NewCustomNudge } from '@/utils/library/custom-nudges';
import { categoryLabel, type CustomNudge } from '@/utils/library/nudge';

interface CustomNudgeItemProps {
  nudge: CustomNudge;
  /** Place in the list shown, from 0: it names the buttons ("Edit nudge 1"). */
  index: number;
  editing: boolean;
  onEdit: () => void;
  /** Resolves once stored; a rejection keeps the form as typed. */
  onSave: (next: NewCustomNudge) => Promise<void>;
  onCancel: () => void;
  /** Resolves true once removed; false keeps the nudge, with focus back on "Remove". */
  onRemove: () => Promise<boolean>;
}

/** One of your own nudges: what it says, with Edit and Remove, or the form that edits it. */
export function CustomNudgeItem(props: CustomNudgeItemProps): JSX.Element {
  const { nudge, index, editing, onEdit, onSave, onCancel, onRemove } = props;
  const n = index + 1;
  if (editing) {
    return (
      <CustomNudgeForm
        idPrefix={`custom-edit-${index}`}
        legend={i18n.t('options.custom.edit_label', [n])}
        submitLabel={i18n.t('options.custom.save_changes')}
        initial={nudge}
        autoFocus
        onSave={onSave}
        onCancel={onCancel}
      />
    );
  }
  return (
    <>
      <span class="custom-kind">{categoryLabel(nudge.category)}</span>
      <span class="custom-text">{nudge.text}</span>
      {nudge.message ? <q class="custom-message">{nudge.message}</q> : null}
      <ConfirmAction
        label={i18n.t('common.remove')}
        triggerLabel={i18n.t('options.custom.remove_label', [n])}
        question={i18n.t('options.custom.remove_question')}
        confirmLabel={i18n.t('options.custom.remove_confirm')}
        groupLabel={i18n.t('options.custom.remove_group', [n])}
        onConfirm={onRemove}
        beside={
          <button
            type="button"
            id={`${nudge.id}-edit`}
            aria-label={i18n.t('options.custom.edit_label', [n])}
            onClick={onEdit}
          >
            {i18n.t('common.edit')}
          </button>
        }
      />
    </>
  );
}
