import type { createI18n as wxtCreateI18n } from '@wxt-dev/i18n';
import { message } from './message';

/**
 * @wxt-dev/i18n's `createI18n`, smaller: the build puts this in its place (wxt.config.ts), as
 * every page loads it (about 300 bytes gzip off the popup and the options page). Same answers
 * for every call the pages make (tests/utils/platform/i18n.test.ts compares the two); it leaves
 * out the library's warning for a missing message, its errors for arguments its types rule out,
 * and named substitutions (`{partner}`), which no page passes: the one message that has them is
 * the worker's, read through `message` (the test keeps it so).
 */
export const createI18n = (() => ({ t })) as typeof wxtCreateI18n;

// The worker's own reader of plain messages; `t`'s types already checked the key and the count
// of substitutions.
const messageOf = message as (key: string, substitutions?: readonly unknown[]) => string;

/** `t(key, count?, substitutions?)`, told apart by type as the library does. */
function t(key: string, ...args: unknown[]): string {
  let count: number | undefined;
  let subs: unknown[] | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) subs = arg;
  }
  const text = messageOf(key, subs ?? (count === undefined ? subs : [count]));
  if (count === undefined) return text;
  // Plural forms "one | other" or "zero | one | other".
  const forms = text.split(' | ');
  return (
    forms[forms.length === 2 ? +(count !== 1) : count === 0 || count === 1 ? count : 2] ?? text
  );
}
