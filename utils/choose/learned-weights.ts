import { DAY } from '../time/local-time';
import type { Category } from '../library/nudge';

/** How much a kind is favoured (1 = as usual), and when that was last learned. */
export interface LearnedWeight {
  weight: number;
  at: number;
}
export type LearnedWeights = Partial<Record<Category, LearnedWeight>>;
/** What the person did with a nudge, as far as learning goes. */
export type Signal = 'liked' | 'not-now';

export const WEIGHT_BOUNDS = { min: 0.4, max: 2.5 } as const;
/** Half of what was learned fades every two weeks: nothing goes away for good by accident. */
export const WEIGHT_HALF_LIFE = 14 * DAY;
const STEP: Record<Signal, number> = { liked: 1.2, 'not-now': 0.85 };

/** A kind's weight at `now`, drifting back towards 1 as time passes. */
export function weightAt(learned: LearnedWeight | undefined, now: number): number {
  if (!learned) return 1;
  const fade = 0.5 ** (Math.max(0, now - learned.at) / WEIGHT_HALF_LIFE);
  return 1 + (learned.weight - 1) * fade;
}

/** "Done" and "Copy" raise a kind a little; each "Not now" lowers it a little. Bounded. */
export function learn(
  weights: LearnedWeights,
  category: Category,
  signal: Signal,
  now: number,
): LearnedWeights {
  const next = weightAt(weights[category], now) * STEP[signal];
  const weight = Math.min(WEIGHT_BOUNDS.max, Math.max(WEIGHT_BOUNDS.min, next));
  return { ...weights, [category]: { weight, at: now } };
}
