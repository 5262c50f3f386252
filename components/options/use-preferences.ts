import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { repairPreferences, type Preferences } from '@/utils/storage/preferences';
import { loadPreferences, savePreferences } from '@/utils/storage/preferences-store';
import { preferencesStorage } from '@/utils/storage/storage';

export interface PreferencesHandle {
  prefs: Preferences | null;
  save: (patch: Partial<Preferences>) => Promise<void>;
  /** A kind message when saving failed (for example the sync quota); nothing is lost. */
  saveError: string;
}

/** Current preferences, kept fresh when they change elsewhere, and a way to save a change. */
export function usePreferences(): PreferencesHandle {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [saveError, setSaveError] = useState('');
  useEffect(() => {
    void loadPreferences().then(setPrefs);
    return preferencesStorage.watch((value) => setPrefs(repairPreferences(value)));
  }, []);
  const save = async (patch: Partial<Preferences>): Promise<void> => {
    try {
      setPrefs(await savePreferences(patch));
      setSaveError('');
    } catch {
      setSaveError(i18n.t('options.save_error'));
    }
  };
  return { prefs, save, saveError };
}
