import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { CustomNudgeForm } from './CustomNudgeForm';
import { CustomNudgeItem } from './CustomNudgeItem';
import { ExportCustomNudges } from './ExportCustomNudges';
import { ImportCustomNudges } from './ImportCustomNudges';
import {
  isCustomNudge,
  mergeCustomNudges,
  newCustomNudgeId,
  type NewCustomNudge,
} from '@/utils/library/custom-nudges';
import type { CustomNudge } from '@/utils/library/nudge';
import { customNudgesStorage } from '@/utils/storage/storage';

/** The stored list as it is: broken entries stay in it (never dropped), they just aren't shown. */
const asList = (value: unknown): CustomNudge[] => (Array.isArray(value) ? value : []);

/** Changes the latest stored list, not the one on screen, so another tab's change survives. */
async function updateStored(change: (list: CustomNudge[]) => CustomNudge[]): Promise<void> {
  await customNudgesStorage.setValue(change(asList(await customNudgesStorage.getValue())));
}

/** "Your own nudges": write, edit, remove, export and import nudges that join the rotation. */
export function CustomNudgesField(): JSX.Element {
  const [stored, setStored] = useState<CustomNudge[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  // The element to focus after the next render, when a button that had focus goes away.
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    customNudgesStorage
      .getValue()
      .then((value) => setStored(asList(value)))
      .catch(() => setProblem(i18n.t('options.custom.read_problem')));
    return customNudgesStorage.watch((value) => setStored(asList(value)));
  }, []);
  useLayoutEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const mine = (stored ?? []).filter(isCustomNudge);
  const save = async (
    change: (list: CustomNudge[]) => CustomNudge[],
    done: string,
  ): Promise<void> => {
    await updateStored(change);
    setStatus(done);
    setProblem('');
  };
  const add = (nudge: NewCustomNudge): Promise<void> =>
    save((list) => [...list, { id: newCustomNudgeId(), ...nudge }], i18n.t('options.custom.added'));
  /** Closes the form, with focus back on its Edit button. */
  const stopEditing = (id: string): void => {
    setEditing(null);
    setFocusId(`${id}-edit`);
  };
  const replace = async (id: string, nudge: NewCustomNudge): Promise<void> => {
    // If another tab removed it meanwhile, the edit is added back rather than lost.
    await save(
      (list) =>
        list.some((n) => n?.id === id)
          ? list.map((n) => (n?.id === id ? { id, ...nudge } : n))
          : [...list, { id, ...nudge }],
      i18n.t('options.custom.saved'),
    );
    stopEditing(id);
  };
  const remove = async (id: string): Promise<boolean> => {
    try {
      await save((list) => list.filter((n) => n?.id !== id), i18n.t('options.custom.removed'));
      setFocusId('custom-heading');
      return true;
    } catch {
      setProblem(i18n.t('options.custom.remove_problem'));
      return false;
    }
  };
  const importNudges = async (nudges: NewCustomNudge[]): Promise<number> => {
    let added = 0;
    await updateStored((list) => {
      const result = mergeCustomNudges(list, nudges, newCustomNudgeId);
      added = result.added.length;
      return result.merged;
    });
    return added;
  };

  return (
    <section id="own" class="card" aria-labelledby="custom-heading">
      <h2 id="custom-heading" tabIndex={-1}>
        {i18n.t('options.custom.heading')}
      </h2>
      <p class="hint">{i18n.t('options.custom.hint')}</p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {stored === null ? (
        !problem && <p class="hint">{i18n.t('common.loading')}</p>
      ) : mine.length === 0 ? (
        <p class="hint">{i18n.t('options.custom.none')}</p>
      ) : (
        <ol class="custom-list" data-testid="custom-nudges">
          {mine.map((nudge, i) => (
            <li key={nudge.id} class="custom-item">
              <CustomNudgeItem
                nudge={nudge}
                index={i}
                editing={editing === nudge.id}
                onEdit={() => setEditing(nudge.id)}
                onSave={(next) => replace(nudge.id, next)}
                onCancel={() => stopEditing(nudge.id)}
                onRemove={() => remove(nudge.id)}
              />
            </li>
          ))}
        </ol>
      )}
      <CustomNudgeForm
        idPrefix="custom-new"
        legend={i18n.t('options.custom.add_legend')}
        submitLabel={i18n.t('options.custom.add_submit')}
        clearAfterSave
        onSave={add}
      />
      <ExportCustomNudges nudges={mine} onExported={setStatus} />
      <ImportCustomNudges existing={mine} onImport={importNudges} />
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
