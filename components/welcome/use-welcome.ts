import { useEffect, useRef, useState } from 'preact/hooks';
import {
  draftsFrom,
  editedStep,
  followStored,
  noChange,
  stepPatch,
  welcomeSteps,
  type WelcomeDrafts,
} from './welcome-steps';
import { repairPreferences, type Preferences } from '@/utils/storage/preferences';
import {
  loadPreferences,
  savePreferences,
  saveProblem,
  type PreferencesChange,
  type SaveProblem,
} from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';

export interface WelcomeFlow {
  /** Null until the stored preferences are read. */
  prefs: Preferences | null;
  drafts: WelcomeDrafts | null;
  /** Index into `welcomeSteps`; `welcomeSteps.length` is the closing view. */
  at: number;
  /** True once the person has moved between steps (then focus follows each step). */
  moved: boolean;
  /** What is wrong with this step's answer, or ''. */
  error: string;
  /** Why the last save failed (storage refused), or null; what was typed is still there. */
  saveFailed: SaveProblem | null;
  edit: (change: Partial<WelcomeDrafts>) => void;
  /** Saves this step and goes on; false when the answer needs fixing first. */
  next: () => Promise<boolean>;
  back: () => void;
  /**
   * Keeps whatever valid change this step has, then goes to step `to`: the next one (skip this
   * question) or `welcomeSteps.length`, the closing view (skip the rest).
   */
  skip: (to: number) => Promise<void>;
}

/** Writes a change, or nothing at all when there is none (sync allows few writes a minute). */
const write = (prefs: Preferences, change: PreferencesChange): Promise<Preferences> =>
  change === noChange ? Promise.resolve(prefs) : savePreferences(change);

/** The welcome steps: drafts kept while moving back and forth, each step saved as it is left. */
export function useWelcome(): WelcomeFlow {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [drafts, setDrafts] = useState<WelcomeDrafts | null>(null);
  const [at, setAt] = useState(0);
  const [moved, setMoved] = useState(false);
  const [error, setError] = useState('');
  const [saveFailed, setSaveFailed] = useState<SaveProblem | null>(null);

  // The stored preferences the drafts were last brought up to date with.
  const seen = useRef<Preferences | null>(null);

  useEffect(() => {
    void loadPreferences().then((loaded) => {
      seen.current ??= loaded;
      setPrefs(seen.current);
      setDrafts(draftsFrom(seen.current));
    });
    // Settings changed elsewhere (the options page, sync): answers not edited here follow.
    return preferencesStorage.watch((value) => {
      const before = seen.current;
      const after = repairPreferences(value);
      seen.current = after;
      setPrefs(after);
      if (before) setDrafts((d) => d && followStored(d, before, after));
    });
  }, []);

  const step = welcomeSteps[at];
  // Closing the tab mid-step keeps what was typed, like Skip (best effort: the page is going).
  useEffect(() => {
    if (!prefs || !drafts || !step) return;
    const keep = (): void => {
      const checked = stepPatch(step, drafts, prefs);
      if (checked.ok && editedStep(step, drafts, prefs)) void write(prefs, checked.value);
    };
    addEventListener('pagehide', keep);
    return () => removeEventListener('pagehide', keep);
  }, [prefs, drafts, step]);

  const go = (to: number): void => {
    setAt(to);
    setMoved(true);
    setError('');
    setSaveFailed(null);
  };
  const saved = async (change: PreferencesChange): Promise<boolean> => {
    try {
      setPrefs(await write(prefs!, change));
      return true;
    } catch (e) {
      setSaveFailed(saveProblem(e));
      return false;
    }
  };

  return {
    prefs,
    drafts,
    at,
    moved,
    error,
    saveFailed,
    edit: (change) => {
      if (!drafts || !prefs || !step) return;
      const next = { ...drafts, ...change };
      setDrafts(next);
      // A message already shown follows the typing, so it goes away once fixed.
      if (error !== '') {
        const checked = stepPatch(step, next, prefs);
        setError(checked.ok ? '' : checked.message);
      }
    },
    next: async () => {
      if (!drafts || !prefs || !step) return false;
      const checked = stepPatch(step, drafts, prefs);
      if (!checked.ok) {
        setError(checked.message);
        return false;
      }
      if (await saved(checked.value)) go(at + 1);
      return true;
    },
    back: () => go(Math.max(0, at - 1)),
    skip: async (to) => {
      if (!drafts || !prefs || !step) return;
      const checked = stepPatch(step, drafts, prefs);
      const keep = checked.ok && editedStep(step, drafts, prefs) ? checked.value : noChange;
      if (await saved(keep)) go(Math.min(to, welcomeSteps.length));
    },
  };
}
