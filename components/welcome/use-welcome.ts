import { useEffect, useState } from 'preact/hooks';
import {
  draftsFrom,
  editedStep,
  stepPatch,
  welcomeSteps,
  type WelcomeDrafts,
} from './welcome-steps';
import type { Preferences } from '@/utils/storage/preferences';
import { loadPreferences, savePreferences } from '@/utils/storage/preferences-store';

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
  /** True when the last save failed (storage refused); what was typed is still there. */
  saveFailed: boolean;
  edit: (change: Partial<WelcomeDrafts>) => void;
  /** Saves this step and goes on; false when the answer needs fixing first. */
  next: () => Promise<boolean>;
  back: () => void;
  /** Keeps whatever valid change this step has, then jumps to the closing view. */
  skip: () => Promise<void>;
}

/** Writes a change, or nothing at all when there is none (sync allows few writes a minute). */
const write = (prefs: Preferences, patch: Partial<Preferences>): Promise<Preferences> =>
  Object.keys(patch).length === 0 ? Promise.resolve(prefs) : savePreferences(patch);

/** The welcome steps: drafts kept while moving back and forth, each step saved as it is left. */
export function useWelcome(): WelcomeFlow {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [drafts, setDrafts] = useState<WelcomeDrafts | null>(null);
  const [at, setAt] = useState(0);
  const [moved, setMoved] = useState(false);
  const [error, setError] = useState('');
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    void loadPreferences().then((loaded) => {
      setPrefs(loaded);
      setDrafts(draftsFrom(loaded));
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
    setSaveFailed(false);
  };
  const saved = async (patch: Partial<Preferences>): Promise<boolean> => {
    try {
      setPrefs(await write(prefs!, patch));
      return true;
    } catch {
      setSaveFailed(true);
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
    skip: async () => {
      if (!drafts || !prefs || !step) return;
      const checked = stepPatch(step, drafts, prefs);
      const keep = checked.ok && editedStep(step, drafts, prefs) ? checked.value : {};
      if (await saved(keep)) go(welcomeSteps.length);
    },
  };
}
