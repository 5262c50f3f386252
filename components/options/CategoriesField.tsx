import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { useDraft } from '../fields/use-draft';
import { categories, categoryLabel, type Category } from '@/utils/library/nudge';
import { checkKindsOff } from '@/utils/storage/preferences';

interface CategoriesFieldProps {
  /** The kinds turned off (a box for each kind, ticked when it is on). */
  value: Category[];
  /**
   * Called with the edit as a function of the kinds off when it is written, so a kind
   * turned on or off meanwhile elsewhere (another tab, another device) stays as it was made.
   */
  onSave: (change: (kindsOff: Category[]) => Category[]) => void;
}

/** Same kinds off, in any order. */
const sameKinds = (a: Category[], b: Category[]): boolean =>
  a.length === b.length && a.every((c) => b.includes(c));

/**
 * `current` with what `edited` changed from `base`: each kind turned on or off, and no other.
 * Never all of them off: then `current` stays as it is.
 */
function applyToggles(current: Category[], base: Category[], edited: Category[]): Category[] {
  const on = base.filter((c) => !edited.includes(c));
  const off = edited.filter((c) => !base.includes(c));
  const next = checkKindsOff([...current.filter((c) => !on.includes(c)), ...off]);
  return next.ok ? next.value : current;
}

export function CategoriesField({ value, onSave }: CategoriesFieldProps) {
  const [draft, setDraft] = useDraft(value, sameKinds);
  const [error, setError] = useState('');
  const toggle = (category: Category, on: boolean): void => {
    const next = on ? draft.filter((c) => c !== category) : [...draft, category];
    setDraft(next);
    const checked = checkKindsOff(next);
    setError(checked.ok ? '' : checked.message);
    if (checked.ok) onSave((current) => applyToggles(current, value, checked.value));
  };
  return (
    <fieldset class="field" aria-describedby={error ? 'categories-error' : undefined}>
      <legend>{i18n.t('options.kinds_legend')}</legend>
      {categories.map((category) => (
        <label key={category} class="check">
          <input
            type="checkbox"
            checked={!draft.includes(category)}
            onChange={(e) => toggle(category, e.currentTarget.checked)}
          />
          {categoryLabel(category)}
        </label>
      ))}
      {error && (
        <p class="error" id="categories-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
