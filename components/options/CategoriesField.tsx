import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { categories, categoryLabels, type Category } from '@/utils/library/nudge';
import { checkKindsOff } from '@/utils/storage/preferences';

interface CategoriesFieldProps {
  /** The kinds turned off (a box for each kind, ticked when it is on). */
  value: Category[];
  onSave: (value: Category[]) => void;
}

export function CategoriesField({ value, onSave }: CategoriesFieldProps) {
  const [draft, setDraft] = useState<Category[]>(value);
  const [error, setError] = useState('');
  const toggle = (category: Category, on: boolean): void => {
    const next = on ? draft.filter((c) => c !== category) : [...draft, category];
    setDraft(next);
    const checked = checkKindsOff(next);
    setError(checked.ok ? '' : checked.message);
    if (checked.ok) onSave(checked.value);
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
          {categoryLabels[category]}
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
