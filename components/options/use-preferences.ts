import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { repairPreferences, type Preferences } from '@/utils/storage/preferences';
import {
  createPreferencesSaver,
  loadPreferences,
  type PreferencesChange,
  type SaveProblem,
} from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';

export interface PreferencesHandle {
  /** What is stored, with the changes not yet written on top. */
  prefs: Preferences | null;
  save: (change: PreferencesChange) => void;
  /** A kind message while changes wait unsaved (kept, and tried again); '' when all are saved. */
  saveError: string;
}

const problemWords: Record<SaveProblem, () => string> = {
  busy: () => i18n.t('options.save_busy'),
  full: () => i18n.t('options.save_full'),
  failed: () => i18n.t('options.save_error'),
};

/** Current preferences, following changes made elsewhere, and a way to save a change. */
export function usePreferences(): PreferencesHandle {
  const [stored, setStored] = useState<Preferences | null>(null);
  const [, setVersion] = useState(0);
  const saver = useMemo(() => createPreferencesSaver(() => setVersion((n) => n + 1)), []);
  useEffect(() => {
    void loadPreferences().then(setStored);
    const unwatch = preferencesStorage.watch((value) => setStored(repairPreferences(value)));
    // Changes waiting out the gap between writes are written before the page goes.
    const flush = (): void => saver.flush();
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    // A change kept after a failed save lives only in this page: the browser asks before it
    // goes. Kept here, not in storage: a patch put back at the next open could undo newer edits.
    const askFirst = (event: Event): void => {
      if (saver.problem !== null) event.preventDefault();
    };
    addEventListener('beforeunload', askFirst);
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unwatch();
      removeEventListener('beforeunload', askFirst);
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, []);
  const problem = saver.problem;
  return {
    prefs: stored && saver.shown(stored),
    save: saver.save,
    saveError: problem ? problemWords[problem]() : '',
  };
}
