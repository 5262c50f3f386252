import type * as v from 'valibot';
import { i18n } from '#i18n';

/** One item of a list in the file, numbered from 1 as people count. */
const itemKeys = {
  history: 'data.part.history_entry',
  customNudges: 'data.part.own_nudge',
  hiddenNudges: 'data.part.hidden_nudge',
} as const;

/** A whole part of the file. */
const partKeys = {
  history: 'data.part.history',
  customNudges: 'data.part.own_nudges',
  hiddenNudges: 'data.part.hidden_nudges',
  learnedWeights: 'data.part.learned',
  preferences: 'data.part.settings',
  exportedAt: 'data.part.made_on',
} as const;

const has = <T extends object>(table: T, key: unknown): key is keyof T =>
  typeof key === 'string' && Object.hasOwn(table, key);

/** A name from the file, shortened: it is shown as plain text, but need not be long. */
function shortName(name: string): string {
  const chars = Array.from(name);
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : name;
}

/**
 * Where a schema problem is, in plain words: "history entry 12 (“action”)", "own nudge 3
 * (“text”)", "what Still Us learned (“touch”)". Field names stay as the file spells them,
 * so someone looking at the file can find the spot.
 */
export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  const [part, index, field] = (issue?.path ?? []).map((item) => item.key);
  let where: string;
  if (has(itemKeys, part) && typeof index === 'number') {
    where = i18n.t(itemKeys[part], [String(index + 1)]);
  } else if (has(partKeys, part)) {
    where = i18n.t(partKeys[part]);
  } else {
    where = i18n.t('data.part.file');
  }
  // In a list, the field of the item; in a keyed part (what was learned), the key.
  const detail = typeof index === 'string' ? index : typeof field === 'string' ? field : null;
  return detail === null ? where : i18n.t('data.part.field', [where, shortName(detail)]);
}
