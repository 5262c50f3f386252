import { browser } from 'wxt/browser';

type Area = 'local' | 'session' | 'sync';

/**
 * What a stored value is for, said once per item: its group in stored-items.ts.
 * The backup, "Clear all data" and the schedule take their lists from there.
 * - `record`: the person's (what they chose, wrote, and what Still Us learned): in a backup;
 *   Clear all data sets it back to its fallback.
 * - `runtime`: belongs to the moment (a waiting nudge, a snooze): never in a backup; Clear all
 *   data removes it.
 * - `alarm`: the alarm's own bookkeeping: not in a backup; Clear all data keeps it, and the
 *   worker rewrites it when it re-arms.
 * - `install`: about this install, not the person (the welcome page was shown): not in a
 *   backup; Clear all data keeps it.
 */
export type StoredRole = 'record' | 'runtime' | 'alarm' | 'install';

/** Whether a change means the next nudge must be computed afresh: always, or unless only these fields changed. */
export type Rearms<T> = true | { readonly except: readonly (keyof T & string)[] };

/** One typed value in extension storage, read with its fallback and migrated to its version. */
export interface StoredItem<T> {
  /** Where it lives: `area:name`. */
  readonly key: `${Area}:${string}`;
  /** Set when a change of it re-arms the schedule (schedule-triggers.ts). */
  readonly rearms?: Rearms<Record<string, unknown>> | undefined;
  /** What it reads as when nothing (or nothing usable) is stored. */
  readonly fallback: T;
  /** The stored value, through its check: never a malformed one. */
  getValue(): Promise<T>;
  /** Stores the value; null or undefined removes it, so the fallback answers again. */
  setValue(value: T): Promise<void>;
  /** Calls back on every change from any extension context; returns the way to stop. */
  watch(callback: (value: T) => void): () => void;
}

export interface StoredItemOptions<T> {
  fallback: T;
  /** The stored shape's version (default 1), kept beside the value as `name$` = `{ v }`. */
  version?: number;
  /** `migrations[n]` turns a version n − 1 value into version n. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Whether a change of it re-arms the schedule; leave it out when it never does. */
  rearms?: Rearms<T>;
  /**
   * Turns what is stored (edited by hand, written by an older or newer version, damaged)
   * into a good value: drops bad entries, or answers undefined to read as the fallback.
   */
  check?: (stored: unknown) => T | undefined;
}

/** Every stored item, by role and then by its name (the part of its key after the area). */
export type StoredRegistry = {
  readonly [R in StoredRole]: Readonly<Record<string, StoredItem<unknown>>>;
};

/** The value a stored item holds. */
export type StoredValue<I> = I extends StoredItem<infer T> ? T : never;

/**
 * Our own small `storage.defineItem`: the same layout and migrations as `wxt/storage`, in
 * about a tenth of its bytes (it was a third of the worker's 10 KiB budget).
 */
export function defineStoredItem<T>(
  key: `${Area}:${string}`,
  { fallback, version = 1, migrations = {}, rearms, check }: StoredItemOptions<T>,
): StoredItem<T> {
  const [area, name] = key.split(':') as [Area, string];
  const metaName = `${name}$`;
  const store = () => browser.storage[area];
  const orFallback = (value: unknown): T => {
    if (value === undefined || value === null) return fallback;
    try {
      return check ? (check(value) ?? fallback) : (value as T);
    } catch {
      return fallback;
    }
  };

  return {
    key,
    rearms,
    fallback,
    async getValue() {
      const stored = await store().get([name, metaName]);
      let value: unknown = stored[name];
      const meta = stored[metaName] as { v?: unknown } | undefined;
      const from = typeof meta?.v === 'number' ? meta.v : 1;
      if (value === undefined || value === null || from >= version) return orFallback(value);
      for (let v = from + 1; v <= version; v++) value = migrations[v]?.(value) ?? value;
      await store().set({ [name]: value, [metaName]: { v: version } });
      return orFallback(value);
    },
    async setValue(value) {
      if (value === undefined || value === null) await store().remove([name, metaName]);
      else await store().set({ [name]: value, [metaName]: { v: version } });
    },
    watch(callback) {
      // Only the pages watch: the worker's build leaves the listener out (never called there).
      if (import.meta.env.ENTRYPOINT === 'background') return () => undefined;
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[name];
        if (changedArea === area && change) callback(orFallback(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** The stored value, or the fallback when storage itself refuses: for paths that must go on. */
export const readOrFallback = <T>(item: StoredItem<T>): Promise<T> =>
  item.getValue().catch(() => item.fallback);
