import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmAction } from './ConfirmAction';
import { weightAt, type LearnedWeight } from '@/utils/learned-weights';
import { categories, categoryLabels } from '@/utils/nudge';
import { hiddenNudgesStorage, learnedWeightsStorage } from '@/utils/storage';

const READ_PROBLEM =
  'What Still Us has learned could not be read just now. Nothing was lost: try reopening this page.';
const SAVE_PROBLEM =
  'That could not be done just now. Nothing changed; please try again in a minute.';

/** Plain words for a faded weight, or null when it is about as usual (no numbers on purpose). */
function howOften(weight: number): string | null {
  if (!Number.isFinite(weight) || Math.abs(weight - 1) < 0.05) return null;
  if (weight >= 1.5) return 'more often';
  if (weight > 1) return 'a little more often';
  return weight >= 0.67 ? 'a little less often' : 'less often';
}

/** Lines like "Touch: a little less often", in the page's order of kinds. */
function learnedLines(learned: unknown, now: number): string[] {
  if (typeof learned !== 'object' || learned === null) return [];
  return categories.flatMap((kind) => {
    // Storage may hold an older or broken shape: only well-formed entries count.
    const entry = (learned as Record<string, Partial<LearnedWeight> | null>)[kind];
    const ok = typeof entry?.weight === 'number' && typeof entry.at === 'number';
    const words = ok ? howOften(weightAt(entry as LearnedWeight, now)) : null;
    return words ? [`${categoryLabels[kind]}: ${words}`] : [];
  });
}

/** "What Still Us has learned": which kinds come more or less often, and ways to start over. */
export function LearningField() {
  const [learned, setLearned] = useState<unknown>(null);
  const [hidden, setHidden] = useState<unknown>([]);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    Promise.all([learnedWeightsStorage.getValue(), hiddenNudgesStorage.getValue()])
      .then(([weights, ids]) => {
        setLearned(weights);
        setHidden(ids);
      })
      .catch(() => setProblem(READ_PROBLEM));
    const stopLearned = learnedWeightsStorage.watch(setLearned);
    const stopHidden = hiddenNudgesStorage.watch(setHidden);
    return () => {
      stopLearned();
      stopHidden();
    };
  }, []);

  // The screen follows through `watch`, so it changes only once the change is really stored.
  const forget = async (clear: () => Promise<void>, done: string): Promise<boolean> => {
    try {
      await clear();
      setProblem('');
      setStatus(done);
      heading.current?.focus();
      return true;
    } catch {
      setProblem(SAVE_PROBLEM);
      return false;
    }
  };
  const lines = learnedLines(learned, Date.now());
  const hiddenCount = Array.isArray(hidden) ? hidden.length : 0;

  return (
    <section class="card" aria-labelledby="learn-heading">
      <h2 id="learn-heading" ref={heading} tabIndex={-1}>
        What Still Us has learned
      </h2>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {learned === null ? (
        !problem && <p class="hint">Loading…</p>
      ) : lines.length === 0 ? (
        <p class="hint">
          Nothing yet. As you use Done, Copy and Not now, the kinds you enjoy come a little more
          often. It fades back over a few weeks.
        </p>
      ) : (
        <>
          <ul class="learn-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <ConfirmAction
            label="Start fresh"
            question="Forget what was learned? Your nudges and history stay."
            onConfirm={() =>
              forget(
                () => learnedWeightsStorage.setValue({}),
                'Started fresh. Still Us will learn again as you go.',
              )
            }
          />
        </>
      )}
      {hiddenCount > 0 && (
        <div class="learn-hidden">
          <p>Nudges you chose never to see: {hiddenCount}</p>
          <ConfirmAction
            label="Show them again"
            question="Bring back the nudges you hid? They join the others again."
            onConfirm={() =>
              forget(() => hiddenNudgesStorage.setValue([]), 'They’re back with the others.')
            }
          />
        </div>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
