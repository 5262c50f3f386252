import * as v from 'valibot';
import { CUSTOM_NUDGE_MAX } from '../library/custom-nudges';
import { historyActions, type HistoryEntry } from '../history/history';
import { WEIGHT_BOUNDS } from '../choose/learned-weights';
import { categories, type CustomNudge } from '../library/nudge';
import { deliveries, rituals } from '../library/shown-nudge';
import type { StoredRecord } from './backup-record';
import { storeKindsOff } from '../storage/preferences-migrations';

/** The shape of the whole file; a newer Still Us that changes it raises this (with a migration). */
export const BACKUP_VERSION = 1;
/** 20 MB: about 100,000 history entries, decades of nudges. Checked before anything is parsed. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Caps on the file's lists and strings, far above real use, so a bad file can't swamp storage. */
export const BACKUP_LIMITS = {
  history: 250_000,
  customNudges: 5_000,
  hiddenNudges: 10_000,
  /** History texts: a library text with a long name filled in stays far below. */
  text: 2_000,
  id: 200,
} as const;

/**
 * Everything of record: what the person chose and wrote, what Still Us learned, and history.
 * Runtime state (the pending or held nudge, the alarm's time, a snooze, the no-repeat bag,
 * today's "how are you") is not in it: it belongs to the moment, not to the person.
 */
export interface Backup extends StoredRecord {
  app: 'still-us';
  kind: 'backup';
  version: typeof BACKUP_VERSION;
  /** When the file was made (epoch ms). */
  exportedAt: number;
  /** Oldest first. */
  history: HistoryEntry[];
}

/** Epoch ms: a whole number a Date can hold. */
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(8.64e15));
/** Plain text, kept exactly as written: it is only ever shown as text, never as markup. */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A nudge's id: in history, own nudges and hidden nudges. */
export const idSchema = v.pipe(v.string(), v.nonEmpty(), v.maxLength(BACKUP_LIMITS.id));
/** The rules of a nudge written by hand (custom-nudges.ts): trimmed, 1–280 characters as seen. */
const nudgeWords = v.pipe(
  v.string(),
  v.trim(),
  v.check((words) => Array.from(words).length <= CUSTOM_NUDGE_MAX),
);

/** Files of version 1 call a history entry's nudge `nudgeId`; it reads as `id`, the one shape. */
function renameNudgeId(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('nudgeId' in raw) || 'id' in raw) return raw;
  const { nudgeId, ...rest } = raw as Record<string, unknown>;
  return { ...rest, id: nudgeId };
}

const historyEntryFields = v.object({
  at: time,
  id: idSchema,
  category: v.picklist(categories),
  text: text(BACKUP_LIMITS.text),
  message: v.optional(text(BACKUP_LIMITS.text)),
  action: v.picklist(historyActions),
  delivery: v.optional(v.picklist(deliveries)),
  ritual: v.optional(v.picklist(rituals)),
  // The language of a message sent in another than the pages' (a language code).
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/))),
});
export const historyEntrySchema = v.pipe(
  v.unknown(),
  v.transform(renameNudgeId),
  historyEntryFields,
);

export const customNudgeSchema = v.pipe(
  v.object({
    id: idSchema,
    category: v.picklist(categories),
    text: v.pipe(nudgeWords, v.nonEmpty()),
    message: v.nullish(nudgeWords),
  }),
  // An empty message means none, as in the form.
  v.transform(({ id, category, text, message }): CustomNudge =>
    message ? { id, category, text, message } : { id, category, text },
  ),
);

export const learnedWeightSchema = v.object({
  weight: v.pipe(v.number(), v.minValue(WEIGHT_BOUNDS.min), v.maxValue(WEIGHT_BOUNDS.max)),
  at: time,
});

/** Only the parts Still Us knows; a kind that isn't one of ours is a mistake in the file. */
export const learnedWeightsSchema = v.pipe(
  v.record(v.string(), learnedWeightSchema),
  v.check((weights) => Object.keys(weights).every((k) => categories.some((c) => c === k))),
);

/** What makes a file a backup, read before the rest so a newer one gets its own message. */
export const headerSchema = v.object({
  app: v.literal('still-us'),
  kind: v.literal('backup'),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/**
 * The rest of a version-1 file. Preferences are only an object here: preferences.ts checks
 * them. History dated after the file was made is left out: a clock that was wrong wrote it,
 * and kept, it would look like a nudge still to come.
 */
export const bodySchema = v.pipe(
  v.object({
    exportedAt: time,
    preferences: v.pipe(
      v.custom<Record<string, unknown>>(
        (raw) => typeof raw === 'object' && raw !== null && !Array.isArray(raw),
      ),
      // A file made before preferences kept the kinds off lists the kinds on: read it as storage does.
      v.transform((raw) => storeKindsOff(raw) as Record<string, unknown>),
    ),
    customNudges: v.pipe(v.array(customNudgeSchema), v.maxLength(BACKUP_LIMITS.customNudges)),
    learnedWeights: learnedWeightsSchema,
    hiddenNudges: v.pipe(v.array(idSchema), v.maxLength(BACKUP_LIMITS.hiddenNudges)),
    history: v.pipe(v.array(historyEntrySchema), v.maxLength(BACKUP_LIMITS.history)),
  }),
  v.transform((body) => ({
    ...body,
    history: body.history.filter((e) => e.at <= body.exportedAt),
  })),
);
