import type { PickState } from '../../storage/pick-state';
import type { Preferences } from '../../storage/preferences-defaults';

/**
 * What the ready idea `id` was drawn for, hashed: the preferences (name, kinds, message
 * language…), today's answer to "How are you today?" and, for one of the person's own nudges,
 * that nudge as written. A ready idea whose key no longer matches is stale (a changed name or
 * kinds would show an idea they no longer allow). Hidden nudges are checked apart: hiding
 * another nudge leaves the ready idea good.
 */
export function readyKey(
  prefs: Preferences,
  state: Pick<PickState, 'custom' | 'energy'>,
  id: string,
): string {
  const own = state.custom.find((nudge) => nudge.id === id) ?? null;
  const text = JSON.stringify([prefs, state.energy, own]);
  // FNV-1a, 32 bits: a fingerprint to compare, not a secret.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}
