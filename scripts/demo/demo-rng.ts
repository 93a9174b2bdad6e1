import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** A seeded generator; every draw advances it in place, so one instance gives one sequence. */
export type DemoRng = RandomGenerator;

/**
 * A seeded xoroshiro128+ generator. `stream` jumps 2^64 draws ahead per step, so streams of the
 * same seed never overlap: the demo plan, the roster and the interactions each use their own,
 * and callers (survey seeding) can take a further stream and stay reproducible.
 */
export function createDemoRng(seed: number, stream = 0): DemoRng {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(stream) || stream < 0) throw new RangeError(`stream must be a natural number`);
  const rng = xoroshiro128plus(seed);
  for (let i = 0; i < stream; i += 1) rng.jump();
  return rng;
}

/** Uniform on [0, 1). */
export function uniform(rng: DemoRng): number {
  return uniformFloat64(rng);
}

/** Uniform on [min, max). */
export function uniformBetween(rng: DemoRng, min: number, max: number): number {
  return min + (max - min) * uniformFloat64(rng);
}

/** Uniform integer on [min, max], both included. */
export function integerBetween(rng: DemoRng, min: number, max: number): number {
  return uniformInt(rng, min, max);
}

export function bernoulli(rng: DemoRng, p: number): boolean {
  return uniformFloat64(rng) < p;
}

/** Standard normal draw (Box–Muller, one value per call). */
export function standardNormal(rng: DemoRng): number {
  const u = 1 - uniformFloat64(rng);
  const v = uniformFloat64(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function normal(rng: DemoRng, mean: number, sd: number): number {
  return mean + sd * standardNormal(rng);
}

/** Poisson draw: Knuth's product of uniforms below 30, rounded normal approximation above. */
export function poisson(rng: DemoRng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda >= 30) return Math.max(0, Math.round(normal(rng, lambda, Math.sqrt(lambda))));
  const limit = Math.exp(-lambda);
  let k = 0;
  let product = uniformFloat64(rng);
  while (product > limit) {
    k += 1;
    product *= uniformFloat64(rng);
  }
  return k;
}

/**
 * Beta-binomial draw on 0..trials with mean `trials · mean01` exactly, through Pólya's urn with
 * `concentration` initial balls: lower concentration spreads answers towards the ends of the
 * scale, as real ratings do (many 9–10s, a tail of detractors).
 */
export function betaBinomial(rng: DemoRng, trials: number, mean01: number, concentration: number): number {
  const p = Math.min(Math.max(mean01, 1e-6), 1 - 1e-6);
  let alpha = p * concentration;
  let beta = (1 - p) * concentration;
  let successes = 0;
  for (let i = 0; i < trials; i += 1) {
    if (uniformFloat64(rng) < alpha / (alpha + beta)) {
      successes += 1;
      alpha += 1;
    } else {
      beta += 1;
    }
  }
  return successes;
}

/**
 * Randomized rounding: the integer just below or just above `mean` (clamped to [min, max]), with
 * the probabilities that make the draw's expectation `mean` exactly. The least spread an integer
 * answer with that mean can have.
 */
export function roundedDraw(rng: DemoRng, mean: number, min: number, max: number): number {
  const x = Math.min(Math.max(mean, min), max);
  const below = Math.floor(x);
  return below + (uniformFloat64(rng) < x - below ? 1 : 0);
}

/** Picks one key with probability proportional to its weight. */
export function weightedPick<K extends string>(rng: DemoRng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let target = uniformFloat64(rng) * total;
  for (const [key, weight] of entries) {
    target -= weight;
    if (target < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new RangeError('weightedPick needs at least one weight');
  return last[0];
}

/** Picks one element uniformly. */
export function pick<T>(rng: DemoRng, items: readonly T[]): T {
  const item = items[uniformInt(rng, 0, items.length - 1)];
  if (item === undefined) throw new RangeError('pick needs a non-empty list');
  return item;
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(rng: DemoRng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = uniformInt(rng, 0, i);
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
