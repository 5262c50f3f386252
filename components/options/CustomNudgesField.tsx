import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { CustomNudgeForm } from './CustomNudgeForm';
import { ImportCustomNudges } from './ImportCustomNudges';
import {
  isCustomNudge,
  mergeCustomNudges,
  newCustomNudgeId,
  type NewCustomNudge,
} from '@/utils/custom-nudges';
import { CUSTOM_NUDGES_FILE_NAME, customNudgesFileText } from '@/utils/custom-nudges-file';
import { categoryLabels, type CustomNudge } from '@/utils/nudge';
import { customNudgesStorage } from '@/utils/storage';

/** The stored list as it is: broken entries stay in it (never dropped), they just aren't shown. */
const asList = (value: unknown): CustomNudge[] => (Array.isArray(value) ? value : []);

/** Changes the latest stored list, not the one on screen, so another tab's change survives. */
async function updateStored(change: (list: CustomNudge[]) => CustomNudge[]): Promise<void> {
  await customNudgesStorage.setValue(change(asList(await customNudgesStorage.getValue())));
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked a moment later: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Your own nudges": write, edit, remove, export and import nudges that join the rotation. */
export function CustomNudgesField(): JSX.Element {
  const [stored, setStored] = useState<CustomNudge[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  // The element to focus after the next render, when a button that had focus goes away.
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    customNudgesStorage
      .getValue()
      .then((value) => setStored(asList(value)))
      .catch(() =>
        setProblem(
          'Your own nudges could not be read just now. Nothing was lost: try reopening this page.',
        ),
      );
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
    save((list) => [...list, { id: newCustomNudgeId(), ...nudge }], 'Added to your nudges.');
  const replace = async (id: string, nudge: NewCustomNudge): Promise<void> => {
    // If another tab removed it meanwhile, the edit is added back rather than lost.
    await save(
      (list) =>
        list.some((n) => n?.id === id)
          ? list.map((n) => (n?.id === id ? { id, ...nudge } : n))
          : [...list, { id, ...nudge }],
      'Saved.',
    );
    setEditing(null);
    setFocusId(`${id}-edit`);
  };
  const remove = (id: string): void => {
    save((list) => list.filter((n) => n?.id !== id), 'Removed.')
      .then(() => setFocusId('custom-heading'))
      .catch(() => {
        setProblem('That nudge couldn’t be removed just now. Please try again in a moment.');
        setFocusId(`${id}-remove`);
      });
    setConfirming(null);
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
  const exportAll = (): void => {
    download(CUSTOM_NUDGES_FILE_NAME, customNudgesFileText(mine));
    setStatus(
      `Exported ${mine.length} ${mine.length === 1 ? 'nudge' : 'nudges'} to ${CUSTOM_NUDGES_FILE_NAME}.`,
    );
  };

  const item = (nudge: CustomNudge, i: number): JSX.Element => {
    if (editing === nudge.id) {
      return (
        <CustomNudgeForm
          idPrefix={`custom-edit-${i}`}
          legend={`Edit nudge ${i + 1}`}
          submitLabel="Save changes"
          initial={nudge}
          autoFocus
          onSave={(next) => replace(nudge.id, next)}
          onCancel={() => {
            setEditing(null);
            setFocusId(`${nudge.id}-edit`);
          }}
        />
      );
    }
    return (
      <>
        <span class="custom-kind">{categoryLabels[nudge.category]}</span>
        <span class="custom-text">{nudge.text}</span>
        {nudge.message ? <q class="custom-message">{nudge.message}</q> : null}
        {confirming === nudge.id ? (
          <div role="group" aria-label={`Confirm removing nudge ${i + 1}`} class="confirm">
            <p>Remove this nudge? It can’t be brought back.</p>
            <button type="button" class="primary" onClick={() => remove(nudge.id)}>
              Yes, remove it
            </button>
            <button
              type="button"
              id={`${nudge.id}-keep`}
              onClick={() => {
                setConfirming(null);
                setFocusId(`${nudge.id}-remove`);
              }}
            >
              Keep it
            </button>
          </div>
        ) : (
          <div class="row">
            <button
              type="button"
              id={`${nudge.id}-edit`}
              aria-label={`Edit nudge ${i + 1}`}
              onClick={() => setEditing(nudge.id)}
            >
              Edit
            </button>
            <button
              type="button"
              id={`${nudge.id}-remove`}
              aria-label={`Remove nudge ${i + 1}`}
              onClick={() => {
                setConfirming(nudge.id);
                setFocusId(`${nudge.id}-keep`);
              }}
            >
              Remove
            </button>
          </div>
        )}
      </>
    );
  };

  return (
    <section class="card" aria-labelledby="custom-heading">
      <h2 id="custom-heading" tabIndex={-1}>
        Your own nudges
      </h2>
      <p class="hint">
        Write a few of your own. They join the others now and then. Kept on this device only.
      </p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {stored === null ? (
        !problem && <p class="hint">Loading…</p>
      ) : mine.length === 0 ? (
        <p class="hint">You haven’t written any yet.</p>
      ) : (
        <ol class="custom-list" data-testid="custom-nudges">
          {mine.map((nudge, i) => (
            <li key={nudge.id} class="custom-item">
              {item(nudge, i)}
            </li>
          ))}
        </ol>
      )}
      <CustomNudgeForm
        idPrefix="custom-new"
        legend="Add a nudge"
        submitLabel="Add nudge"
        clearAfterSave
        onSave={add}
      />
      <div class="row">
        <button type="button" onClick={exportAll} disabled={mine.length === 0}>
          Export my nudges
        </button>
      </div>
      <ImportCustomNudges existing={mine} onImport={importNudges} />
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
