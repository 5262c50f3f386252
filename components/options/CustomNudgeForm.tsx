import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkCustomNudge,
  CUSTOM_NUDGE_MAX,
  type NewCustomNudge,
} from '@/utils/library/custom-nudges';
import { categories, categoryLabel } from '@/utils/library/nudge';

type Field = 'category' | 'text' | 'message';
type Draft = Record<Field, string>;

interface CustomNudgeFormProps {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  legend: string;
  submitLabel: string;
  initial?: NewCustomNudge;
  /** Resolves once stored; a rejection keeps the form as typed and says so. */
  onSave: (nudge: NewCustomNudge) => Promise<void>;
  onCancel?: () => void;
  /** Empties the form after a save, ready for the next nudge. */
  clearAfterSave?: boolean;
  /** Puts the cursor in the text when the form opens (editing). */
  autoFocus?: boolean;
}

const draftOf = (nudge?: NewCustomNudge): Draft => ({
  category: nudge?.category ?? categories[0],
  text: nudge?.text ?? '',
  message: nudge?.message ?? '',
});

const fields: Field[] = ['category', 'text', 'message'];

interface Described {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** Kind, text and optional message of one nudge; saves nothing while a field is bad. */
export function CustomNudgeForm(props: CustomNudgeFormProps): JSX.Element {
  const { idPrefix: p, legend, submitLabel, onSave, onCancel } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.initial));
  // A message shows once its field was touched, or for every field after a try to save.
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const refs = {
    category: useRef<HTMLSelectElement>(null),
    text: useRef<HTMLTextAreaElement>(null),
    message: useRef<HTMLTextAreaElement>(null),
  };
  useEffect(() => {
    if (props.autoFocus) refs.text.current?.focus();
  }, []);

  const check = checkCustomNudge(draft);
  const errorOf = (field: Field): string => {
    const result = check[field];
    return !result.ok && (tried || touched[field]) ? result.message : '';
  };
  const edit = (field: Field, value: string): void => {
    setDraft({ ...draft, [field]: value });
    setTouched({ ...touched, [field]: true });
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setTried(true);
    if (!check.nudge) {
      refs[fields.find((f) => !check[f].ok) ?? 'text'].current?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(check.nudge);
      setSaveError('');
      if (props.clearAfterSave) {
        setDraft({ ...draftOf(), category: draft.category });
        setTouched({});
        setTried(false);
      }
    } catch {
      setSaveError(i18n.t('options.custom.save_failed'));
    } finally {
      setSaving(false);
    }
  };

  /** The props that tie a control to its hint and its message. */
  const described = (field: Field, hint: boolean): Described => {
    const ids = [hint && `${p}-${field}-hint`, errorOf(field) && `${p}-${field}-error`];
    return {
      id: `${p}-${field}`,
      'aria-invalid': errorOf(field) !== '',
      'aria-describedby': ids.filter(Boolean).join(' ') || undefined,
    };
  };
  const error = (field: Field): JSX.Element | null =>
    errorOf(field) ? (
      <p class="error" id={`${p}-${field}-error`}>
        {errorOf(field)}
      </p>
    ) : null;

  /** The text or the message: its label, hint, box and message. */
  const box = (field: 'text' | 'message', label: string, hint: string): JSX.Element => (
    <>
      <label for={`${p}-${field}`}>{label}</label>
      <p class="hint" id={`${p}-${field}-hint`}>
        {hint}
      </p>
      <textarea
        ref={refs[field]}
        rows={2}
        {...described(field, true)}
        value={draft[field]}
        onInput={(e) => edit(field, e.currentTarget.value)}
      />
      {error(field)}
    </>
  );

  return (
    <form class="custom-form" onSubmit={submit} noValidate>
      <fieldset class="field">
        <legend>{legend}</legend>
        <label for={`${p}-category`}>{i18n.t('options.custom.kind_label')}</label>
        <select
          ref={refs.category}
          {...described('category', false)}
          value={draft.category}
          onChange={(e) => edit('category', e.currentTarget.value)}
        >
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        {error('category')}
        {box(
          'text',
          i18n.t('options.custom.text_label'),
          i18n.t('options.custom.text_hint', [CUSTOM_NUDGE_MAX]),
        )}
        {box(
          'message',
          i18n.t('options.custom.message_label'),
          i18n.t('options.custom.message_hint'),
        )}
        <div class="row custom-actions">
          <button type="submit" class="primary" disabled={saving}>
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {i18n.t('common.cancel')}
            </button>
          )}
        </div>
        {saveError && (
          <p class="error" role="alert">
            {saveError}
          </p>
        )}
      </fieldset>
    </form>
  );
}
