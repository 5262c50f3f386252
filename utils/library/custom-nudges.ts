import { i18n } from '#i18n';
import { categories, CUSTOM_ID_PREFIX, type Category, type CustomNudge } from './nudge';

/** Longest text or message, counted in characters as a person sees them (an emoji is one). */
export const CUSTOM_NUDGE_MAX = 280;

/** A nudge the person wrote, before it has an id. */
export type NewCustomNudge = Omit<CustomNudge, 'id'>;

/** Why a field is bad, so a file import can say it in its own words. */
export type FieldProblem = 'empty' | 'too-long' | 'not-text' | 'unknown-kind';

/** Like `Checked`: the tidy value, or a kind message plus the reason behind it. */
export type FieldCheck<T> =
  { ok: true; value: T } | { ok: false; message: string; problem: FieldProblem };

/** Every field checked on its own, so each message can sit next to its field. */
export interface CustomNudgeCheck {
  category: FieldCheck<Category>;
  text: FieldCheck<string>;
  message: FieldCheck<string | undefined>;
  /** The tidy nudge once every field is fine; null while any is bad. */
  nudge: NewCustomNudge | null;
}

const bad = (problem: FieldProblem, message: string): FieldCheck<never> => ({
  ok: false,
  problem,
  message,
});

const tooLong = (): FieldCheck<never> =>
  bad('too-long', i18n.t('checks.too_long', [CUSTOM_NUDGE_MAX]));
const noWords = (problem: FieldProblem): FieldCheck<never> =>
  bad(problem, i18n.t('checks.write_words'));

/** Array.from counts code points, so an emoji costs one character, as people expect. */
const characters = (text: string): number => Array.from(text).length;

function checkText(value: unknown): FieldCheck<string> {
  if (value === undefined || value === null) return noWords('empty');
  if (typeof value !== 'string') return noWords('not-text');
  const text = value.trim();
  if (text === '') return noWords('empty');
  return characters(text) > CUSTOM_NUDGE_MAX ? tooLong() : { ok: true, value: text };
}

function checkMessage(value: unknown): FieldCheck<string | undefined> {
  // Optional: nothing, or only spaces, means this nudge has no message to copy.
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value !== 'string') return bad('not-text', i18n.t('checks.message_words'));
  const message = value.trim();
  if (message === '') return { ok: true, value: undefined };
  return characters(message) > CUSTOM_NUDGE_MAX ? tooLong() : { ok: true, value: message };
}

function checkCategory(value: unknown): FieldCheck<Category> {
  const category = categories.find((c) => c === value);
  return category
    ? { ok: true, value: category }
    : bad('unknown-kind', i18n.t('checks.choose_kind'));
}

/**
 * Checks a nudge someone wrote or imported, field by field: the text is required, the
 * message optional (empty means none), both trimmed and at most 280 characters, and the
 * kind one of `categories`. Anything that is not an object has every field missing.
 */
export function checkCustomNudge(input: unknown): CustomNudgeCheck {
  const fields =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const category = checkCategory(fields.category);
  const text = checkText(fields.text);
  const message = checkMessage(fields.message);
  const nudge =
    category.ok && text.ok && message.ok
      ? {
          category: category.value,
          text: text.value,
          ...(message.value === undefined ? {} : { message: message.value }),
        }
      : null;
  return { category, text, message, nudge };
}

/** True for a stored nudge that is whole and valid; others are kept in storage but not shown. */
export function isCustomNudge(value: unknown): value is CustomNudge {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' && checkCustomNudge(value).nudge !== null;
}

/** What makes two nudges the same for an import: the same kind and the same words. */
const sameKey = (nudge: NewCustomNudge): string => `${nudge.category}\n${nudge.text}`;

export interface MergedCustomNudges {
  /** The existing list, untouched and in order, with the new nudges after it. */
  merged: CustomNudge[];
  /** The incoming nudges that were new, with their fresh ids. */
  added: CustomNudge[];
  /** Incoming nudges left out because the list (or the file, earlier) already has them. */
  skipped: NewCustomNudge[];
}

/**
 * Appends incoming nudges to the existing ones, each with an id from `newId`, and skips any
 * whose kind and text are already there, so importing the same file twice adds nothing.
 */
export function mergeCustomNudges(
  existing: readonly CustomNudge[],
  incoming: readonly NewCustomNudge[],
  newId: () => string,
): MergedCustomNudges {
  // Broken stored entries are kept in `merged` but can't make a good one a duplicate.
  const seen = new Set(existing.filter(isCustomNudge).map(sameKey));
  const added: CustomNudge[] = [];
  const skipped: NewCustomNudge[] = [];
  for (const nudge of incoming) {
    const key = sameKey(nudge);
    if (seen.has(key)) {
      skipped.push(nudge);
      continue;
    }
    seen.add(key);
    added.push({ ...nudge, id: newId() });
  }
  return { merged: [...existing, ...added], added, skipped };
}

/** A new id for a nudge the person wrote: `custom-` and a random UUID. */
export const newCustomNudgeId = (): string => `${CUSTOM_ID_PREFIX}${crypto.randomUUID()}`;
