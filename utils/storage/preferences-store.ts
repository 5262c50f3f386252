import { repairPreferences, withUnknownFields, type Preferences } from './preferences';
import { preferencesStorage } from './storage';

/** Preferences as stored, repaired field by field: never throws, never returns a bad field. */
export async function loadPreferences(): Promise<Preferences> {
  try {
    return repairPreferences(await preferencesStorage.getValue());
  } catch {
    return repairPreferences(null);
  }
}

/**
 * One edit: the fields it sets, or a function of the preferences as they are when it is
 * written (so toggling one kind keeps a kind toggled meanwhile in another tab).
 */
export type PreferencesChange =
  Partial<Preferences> | ((current: Preferences) => Partial<Preferences>);

/** `prefs` with each change applied in turn, each to the result of the one before. */
export function applyChanges(
  prefs: Preferences,
  changes: readonly PreferencesChange[],
): Preferences {
  return changes.reduce<Preferences>(
    (current, change) => ({
      ...current,
      ...(typeof change === 'function' ? change(current) : change),
    }),
    prefs,
  );
}

// Pure: the worker, which never saves, leaves it out.
let saving: Promise<unknown> = /* @__PURE__ */ Promise.resolve();

/**
 * Runs `task` while no other page of the extension (another options tab, the welcome tab) runs
 * one: Web Locks are shared by every context of one origin. Where there are none, the queue
 * of this page alone.
 */
function acrossPages<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request('still-us:preferences', task) as Promise<T>) : task();
}

/**
 * Applies changes to preferences as they are stored at the moment of writing. Saves run one
 * after another, from this page and (by a Web Lock) from the others: two changes a few ms apart (leaving one field for the next)
 * would otherwise both read the old value, and the second would write over the first. A
 * value that cannot be read is not written over (that would put back every default).
 */
export function savePreferences(
  change: PreferencesChange | readonly PreferencesChange[],
): Promise<Preferences> {
  const changes: readonly PreferencesChange[] = Array.isArray(change) ? change : [change];
  const next = saving.then(() =>
    acrossPages(async () => {
      const raw: unknown = await preferencesStorage.getValue();
      // Repaired again after the changes, so what is stored always passes the checks (caps).
      const merged = repairPreferences(applyChanges(repairPreferences(raw), changes));
      await preferencesStorage.setValue(withUnknownFields(raw, merged) as unknown as Preferences);
      return merged;
    }),
  );
  saving = next.catch(() => undefined); // a failed save must not block the next one
  return next;
}

/**
 * Why a save failed: `busy`, too many writes (storage.sync allows 120 a minute and 1,800 an
 * hour); `full`, the settings are over sync's size limits (8 KB an item, 100 KB in all);
 * `failed`, anything else.
 */
export type SaveProblem = 'busy' | 'full' | 'failed';

export function saveProblem(error: unknown): SaveProblem {
  const text = error instanceof Error ? error.message : String(error);
  // Chrome: "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded", "QUOTA_BYTES_PER_ITEM quota
  // exceeded"; Firefox: "QuotaExceededError: storage.sync API call exceeded its quota…".
  if (text.includes('MAX_WRITE_OPERATIONS')) return 'busy';
  if (/QUOTA_BYTES|quota/i.test(text)) return 'full';
  return 'failed';
}

/**
 * After a write, the next one waits this long: at most 100 writes a minute, under sync's 120
 * (short enough that two edits in a row are both stored within a second; past the hourly
 * 1,800, or with other tabs writing too, the retry below takes over).
 */
export const SAVE_GAP_MS = 600;
/** After too many writes (or a failure of no known kind), unsaved changes are tried again. */
export const RETRY_MS = 20_000;

/** A page's saves: coalesced, kept while they fail, and tried again. */
export interface PreferencesSaver {
  /** Writes the change at once, or, within SAVE_GAP_MS of the last write, with others after it. */
  save(change: PreferencesChange): void;
  /** Writes what is waiting now: on blur, or as the page goes away. */
  flush(): void;
  /** The stored preferences with the changes not yet written: what the page shows. */
  shown(stored: Preferences): Preferences;
  /** What went wrong with the last write, or null once everything is written. */
  readonly problem: SaveProblem | null;
}

/** `onChange` is called whenever what waits or the problem changes (so the page re-renders). */
export function createPreferencesSaver(onChange: () => void): PreferencesSaver {
  let waiting: PreferencesChange[] = [];
  let writing: PreferencesChange[] = [];
  let problem: SaveProblem | null = null;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const wait = (ms: number): void => {
    pause = setTimeout(() => {
      pause = undefined;
      if (waiting.length > 0) void write();
    }, ms);
  };
  const write = async (): Promise<void> => {
    writing = waiting;
    waiting = [];
    try {
      await savePreferences(writing);
      problem = null;
    } catch (error) {
      waiting = [...writing, ...waiting]; // kept, in order, for the next try
      problem = saveProblem(error);
    }
    writing = [];
    // A full store takes no retry on its own: the next change (a range removed) tries again.
    if (problem !== 'full') wait(problem === null ? SAVE_GAP_MS : RETRY_MS);
    onChange();
  };
  const idle = (): boolean => writing.length === 0 && pause === undefined;

  return {
    save(change) {
      waiting.push(change);
      if (idle()) void write();
      onChange();
    },
    flush() {
      if (writing.length > 0 || waiting.length === 0) return;
      clearTimeout(pause);
      pause = undefined;
      void write();
    },
    shown: (stored) => applyChanges(stored, [...writing, ...waiting]),
    get problem() {
      return problem;
    },
  };
}
