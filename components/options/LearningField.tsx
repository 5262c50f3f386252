import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmAction } from './ConfirmAction';
import { weightAt, type LearnedWeight } from '@/utils/choose/learned-weights';
import { categories, categoryLabel } from '@/utils/library/nudge';
import { hiddenNudgesStorage, learnedWeightsStorage } from '@/utils/storage/storage';

/** Plain words for a faded weight, or null when it is about as usual (no numbers on purpose). */
function howOften(weight: number): string | null {
  if (!Number.isFinite(weight) || Math.abs(weight - 1) < 0.05) return null;
  if (weight >= 1.5) return i18n.t('options.learn.more');
  if (weight > 1) return i18n.t('options.learn.little_more');
  return i18n.t(weight >= 0.67 ? 'options.learn.little_less' : 'options.learn.less');
}

/** Lines like "Touch: a little less often", in the page's order of kinds. */
function learnedLines(learned: unknown, now: number): string[] {
  if (typeof learned !== 'object' || learned === null) return [];
  return categories.flatMap((kind) => {
    // Storage may hold an older or broken shape: only well-formed entries count.
    const entry = (learned as Record<string, Partial<LearnedWeight> | null>)[kind];
    const ok = typeof entry?.weight === 'number' && typeof entry.at === 'number';
    const words = ok ? howOften(weightAt(entry as LearnedWeight, now)) : null;
    return words ? [i18n.t('options.learn.line', [categoryLabel(kind), words])] : [];
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
      .catch(() => setProblem(i18n.t('options.learn.read_problem')));
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
      setProblem(i18n.t('options.learn.save_problem'));
      return false;
    }
  };
  const lines = learnedLines(learned, Date.now());
  const hiddenCount = Array.isArray(hidden) ? hidden.length : 0;

  return (
    <section class="card" aria-labelledby="learn-heading">
      <h3 id="learn-heading" ref={heading} tabIndex={-1}>
        {i18n.t('options.learn.heading')}
      </h3>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {learned === null ? (
        !problem && <p class="hint">{i18n.t('common.loading')}</p>
      ) : lines.length === 0 ? (
        <p class="hint">{i18n.t('options.learn.nothing_yet')}</p>
      ) : (
        <>
          <ul class="learn-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <ConfirmAction
            label={i18n.t('options.learn.start_fresh')}
            question={i18n.t('options.learn.start_fresh_question')}
            onConfirm={() =>
              forget(
                () => learnedWeightsStorage.setValue({}),
                i18n.t('options.learn.started_fresh'),
              )
            }
          />
        </>
      )}
      {hiddenCount > 0 && (
        <div class="learn-hidden">
          <p>{i18n.t('options.learn.hidden', [hiddenCount])}</p>
          <ConfirmAction
            label={i18n.t('options.learn.show_again')}
            question={i18n.t('options.learn.show_again_question')}
            onConfirm={() =>
              forget(() => hiddenNudgesStorage.setValue([]), i18n.t('options.learn.shown_again'))
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
