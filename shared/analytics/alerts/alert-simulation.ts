import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { IndexValue } from '../indices.js';
import type { PeriodFigures } from './window-drop.js';

/**
 * Seeded models of a team's weekly figures, with or without a change, for calibrating alerts
 * and measuring their false-alarm rate and power (tests, bench, scripts/reference).
 */

export function seededRandom(seed: number): RandomGenerator {
  return xoroshiro128plus(seed);
}

/** Standard normal draw (Box–Muller). */
export function standardNormal(rng: RandomGenerator): number {
  const u = 1 - uniformFloat64(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniformFloat64(rng));
}

function poisson(rng: RandomGenerator, lambda: number): number {
  if (lambda >= 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * standardNormal(rng)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let product = uniformFloat64(rng);
  while (product > limit) {
    k += 1;
    product *= uniformFloat64(rng);
  }
  return k;
}

interface CommonModel {
  /** Answers (respondents, contacts) a week; drawn Poisson when `varyingAnswers`. */
  readonly answersPerWeek: number;
  readonly varyingAnswers?: boolean;
  /** Weeks with fewer answers are absent (suppressed or not computed); default 2 (1 for rates). */
  readonly minAnswers?: number;
  /** Standard deviation of the team's true weekly level around its mean (figure units). */
  readonly weekSd: number;
  /** AR(1) persistence of that weekly level. */
  readonly persistence: number;
  /** Change of the true level in week i of the simulated history (0 = no change). */
  readonly shift?: (week: number, weeks: number) => number;
}

/** A mean of answers: wellbeing index (answer sd ≈ 22 index points), handle time (seconds). */
export interface FigureModel extends CommonModel {
  readonly kind: 'figure';
  readonly level: number;
  /** Standard deviation of one answer (or contact) in the figure's units. */
  readonly answerSd: number;
}

/** A rate of yes answers on 0–100, e.g. once-and-done. */
export interface RateModel extends CommonModel {
  readonly kind: 'binomial';
  readonly ratePercent: number;
}

export type MeasureModel = FigureModel | RateModel;

/** Synthetic consecutive period ids `S001`, `S002`… */
export function syntheticWeeks(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `S${String(i + 1).padStart(3, '0')}`);
}

/** One simulated history of weekly figures of `model` over `weeks`. */
export function simulateFigures(
  rng: RandomGenerator,
  model: MeasureModel,
  weeks: readonly string[],
): PeriodFigures {
  const out: Record<string, IndexValue> = {};
  const phi = model.persistence;
  let level = standardNormal(rng) * model.weekSd;
  weeks.forEach((week, i) => {
    if (i > 0) level = phi * level + Math.sqrt(1 - phi * phi) * model.weekSd * standardNormal(rng);
    const shift = model.shift?.(i, weeks.length) ?? 0;
    const n = model.varyingAnswers ? poisson(rng, model.answersPerWeek) : model.answersPerWeek;
    if (n < (model.minAnswers ?? (model.kind === 'binomial' ? 1 : 2))) return;
    if (model.kind === 'binomial') {
      const p = Math.min(1, Math.max(0, (model.ratePercent + level + shift) / 100));
      let yes = 0;
      for (let a = 0; a < n; a += 1) if (uniformFloat64(rng) < p) yes += 1;
      const rate = yes / n;
      out[week] = { n, value: 100 * rate, se: 100 * Math.sqrt((rate * (1 - rate)) / n) };
      return;
    }
    let sum = 0;
    let sumSq = 0;
    for (let a = 0; a < n; a += 1) {
      const x = model.level + level + shift + model.answerSd * standardNormal(rng);
      sum += x;
      sumSq += x * x;
    }
    const mean = sum / n;
    const variance = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
    out[week] = { n, value: mean, se: Math.sqrt(variance / n) };
  });
  return out;
}

/** A rate estimated by simulation, with its Monte Carlo standard error sqrt(p(1 − p)/reps). */
export interface SimulatedRate {
  readonly rate: number;
  readonly mcError: number;
  readonly reps: number;
}

/** Share of `reps` seeded trials for which `trial` returns true. */
export function simulatedRate(
  reps: number,
  seed: number,
  trial: (rng: RandomGenerator) => boolean,
): SimulatedRate {
  const rng = seededRandom(seed);
  let hits = 0;
  for (let r = 0; r < reps; r += 1) if (trial(rng)) hits += 1;
  const rate = hits / reps;
  return { rate, mcError: Math.sqrt((rate * (1 - rate)) / reps), reps };
}

/** Weeks in a quarter: an alert is read every week, so a quarter gives it 13 chances. */
export const quarterWeeks = 13;

/**
 * Whether `fires` is true at any of the last `evaluations` week ends of `periods` (each time on
 * the calendar up to that week), the way a weekly alert is read over a quarter.
 */
export function firesWithin(
  periods: readonly string[],
  evaluations: number,
  fires: (calendar: readonly string[]) => boolean,
): boolean {
  for (let end = periods.length - evaluations + 1; end <= periods.length; end += 1) {
    if (fires(periods.slice(0, end))) return true;
  }
  return false;
}
