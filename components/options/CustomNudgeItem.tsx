import type { JSX } from 'preact';
import { ConfirmAction } from './ConfirmAction';
import { CustomNudgeForm } from './CustomNudgeForm';
import type { NewCustomNudge } from '@/utils/custom-nudges';
import { categoryLabels, type CustomNudge } from '@/utils/nudge';

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
        legend={`Edit nudge ${n}`}
        submitLabel="Save changes"
        initial={nudge}
        autoFocus
        onSave={onSave}
        onCancel={onCancel}
      />
    );
  }
  return (
    <>
      <span class="custom-kind">{categoryLabels[nudge.category]}</span>
      <span class="custom-text">{nudge.text}</span>
      {nudge.message ? <q class="custom-message">{nudge.message}</q> : null}
      <ConfirmAction
        label="Remove"
        triggerLabel={`Remove nudge ${n}`}
        question="Remove this nudge? It can’t be brought back."
        confirmLabel="Yes, remove it"
        groupLabel={`Confirm removing nudge ${n}`}
        onConfirm={onRemove}
        beside={
          <button
            type="button"
            id={`${nudge.id}-edit`}
            aria-label={`Edit nudge ${n}`}
            onClick={onEdit}
          >
            Edit
          </button>
        }
      />
    </>
  );
}
