import { describe, expect, it } from 'vitest';
import {
  learn,
  weightAt,
  WEIGHT_BOUNDS,
  WEIGHT_HALF_LIFE,
  type LearnedWeights,
  type Signal,
} from '@/utils/choose/learned-weights';
import { DAY } from '@/utils/time/local-time';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();

/** A small seeded generator, so a failing run can be repeated. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

describe('weightAt', () => {
  it('is 1 for a kind nothing was learned about', () => {
    expect(weightAt(undefined, NOW)).toBe(1);
  });

  it('has a half-life of two weeks', () => {
    expect(WEIGHT_HALF_LIFE).toBe(14 * DAY);
  });

  it.each([
    [2, 0, 2],
    [2, 7, 1 + 2 ** -0.5],
    [2, 14, 1.5],
    [2, 28, 1.25],
    [2, 42, 1.125],
    [0.4, 14, 0.7],
    [0.4, 28, 0.85],
    [2.5, 14, 1.75],
    [1, 30, 1],
  ])('a weight of %f learned %i days ago is %f now', (weight, days, expected) => {
    expect(weightAt({ weight, at: NOW - days * DAY }, NOW)).toBeCloseTo(expected, 10);
  });

  it('drifts back towards 1 from either side, never past it', () => {
    for (const weight of [WEIGHT_BOUNDS.min, 0.8, 1.2, WEIGHT_BOUNDS.max]) {
      let previous = weight;
      for (let days = 1; days <= 200; days += 3) {
        const w = weightAt({ weight, at: NOW }, NOW + days * DAY);
        expect(Math.abs(w - 1)).toBeLessThan(Math.abs(previous - 1));
        expect(Math.sign(w - 1)).toBe(Math.sign(weight - 1));
        previous = w;
      }
      expect(previous).toBeCloseTo(1, 3);
    }
  });

  it('does not grow when `at` is in the future (a clock moved back)', () => {
    expect(weightAt({ weight: 2, at: NOW + 5 * DAY }, NOW)).toBe(2);
  });
});

describe('learn', () => {
  it.each<[Signal, number]>([
    ['liked', 1.2],
    ['not-now', 0.85],
  ])('"%s" on a new kind gives %f, learned now', (signal, weight) => {
    expect(learn({}, 'touch', signal, NOW)).toEqual({ touch: { weight, at: NOW } });
  });

  it('multiplies what is left after fading, not the stored weight', () => {
    const weights: LearnedWeights = { touch: { weight: 2, at: NOW - 14 * DAY } };
    const liked = learn(weights, 'touch', 'liked', NOW).touch;
    expect(liked?.weight).toBeCloseTo(1.5 * 1.2, 10);
    expect(liked?.at).toBe(NOW);
    expect(learn(weights, 'touch', 'not-now', NOW).touch?.weight).toBeCloseTo(1.5 * 0.85, 10);
  });

  it('compounds repeated actions at the same moment', () => {
    let weights: LearnedWeights = {};
    for (let i = 0; i < 3; i++) weights = learn(weights, 'kind-act', 'liked', NOW);
    expect(weights['kind-act']?.weight).toBeCloseTo(1.2 ** 3, 10);
    weights = learn(weights, 'kind-act', 'not-now', NOW);
    expect(weights['kind-act']?.weight).toBeCloseTo(1.2 ** 3 * 0.85, 10);
  });

  it.each<[Signal, number, number]>([
    ['liked', WEIGHT_BOUNDS.max, 2.5],
    ['not-now', WEIGHT_BOUNDS.min, 0.4],
  ])('"%s" many times stops at %f', (signal, bound, value) => {
    expect(bound).toBe(value);
    let weights: LearnedWeights = {};
    for (let i = 0; i < 50; i++) weights = learn(weights, 'check-in', signal, NOW + i);
    expect(weights['check-in']?.weight).toBe(bound);
  });

  it('is one step away from a bound after it, not stuck there', () => {
    const top = learn({ touch: { weight: 2.5, at: NOW } }, 'touch', 'not-now', NOW);
    expect(top.touch?.weight).toBeCloseTo(2.5 * 0.85, 10);
    const bottom = learn({ touch: { weight: 0.4, at: NOW } }, 'touch', 'liked', NOW);
    expect(bottom.touch?.weight).toBeCloseTo(0.4 * 1.2, 10);
  });

  it('pulls a stored weight outside the bounds back inside', () => {
    expect(learn({ touch: { weight: 9, at: NOW } }, 'touch', 'not-now', NOW).touch?.weight).toBe(
      WEIGHT_BOUNDS.max,
    );
    expect(learn({ touch: { weight: 0.1, at: NOW } }, 'touch', 'liked', NOW).touch?.weight).toBe(
      WEIGHT_BOUNDS.min,
    );
  });

  it('keeps other kinds as they were, and leaves its input alone', () => {
    const weights: LearnedWeights = {
      touch: { weight: 1.5, at: NOW - DAY },
      reassurance: { weight: 0.7, at: NOW - 3 * DAY },
    };
    const before = structuredClone(weights);
    const next = learn(weights, 'touch', 'liked', NOW);
    expect(weights).toEqual(before);
    expect(next.reassurance).toBe(weights.reassurance);
    expect(Object.keys(next).sort()).toEqual(['reassurance', 'touch']);
  });

  it('stays within bounds over many random actions at random times', () => {
    const random = seeded(7);
    let weights: LearnedWeights = {};
    let now = NOW;
    for (let step = 0; step < 2000; step++) {
      now += random() * 3 * DAY;
      weights = learn(weights, 'touch', random() < 0.5 ? 'liked' : 'not-now', now);
      const { weight } = weights.touch!;
      expect(weight).toBeGreaterThanOrEqual(WEIGHT_BOUNDS.min);
      expect(weight).toBeLessThanOrEqual(WEIGHT_BOUNDS.max);
      const later = weightAt(weights.touch, now + random() * 60 * DAY);
      expect(later).toBeGreaterThanOrEqual(WEIGHT_BOUNDS.min);
      expect(later).toBeLessThanOrEqual(WEIGHT_BOUNDS.max);
    }
  });
});
