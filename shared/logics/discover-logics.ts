import { seededUniform } from '../analytics/inference/seeded-random.js';
import { adjustedRandIndex } from './adjusted-rand-index.js';
import { distinctiveMessage, type LogicMessage } from './logics-messages.js';
import { type LogicsView, logicsView } from './logics-view.js';
import { nearest, type Partition, seededKmeans } from './seeded-kmeans.js';
import { meanSilhouette, SampleDistances } from './silhouette.js';
import {
  type AnswerVector,
  type ItemSummary,
  type LogicItemRef,
  standardisedAnswers,
  summariseItems,
} from './standardise-answers.js';

/** Fewest respondents for a discovery: below it six groups cannot even hold 5 each. */
export const minimumRespondentsForLogics = 30;
/** The numbers of logics considered. */
export const logicCountRange = { min: 2, max: 6 } as const;
/**
 * Kaufman & Rousseeuw's (1990) reading of the best mean silhouette: ≤ .25 no substantial
 * structure, up to .50 weak, up to .70 reasonable, above strong.
 */
export type LogicsStructure = 'none' | 'weak' | 'reasonable' | 'strong';
export function structureOfSilhouette(silhouette: number): LogicsStructure {
  if (silhouette <= 0.25) return 'none';
  if (silhouette <= 0.5) return 'weak';
  return silhouette <= 0.7 ? 'reasonable' : 'strong';
}
/** A standardised difference from the rest this large or larger describes a logic (Cohen's "medium"). */
export const distinctiveThreshold = 0.5;
const distinctiveCount = 4;

export interface DiscoverLogicsInput {
  readonly items: readonly LogicItemRef[];
  readonly answers: readonly AnswerVector[];
  readonly seed: number;
  /** k-means++ starts per number of logics (default 5). */
  readonly restarts?: number;
  /** Bootstrap resamples for stability (default 10; 0 skips it). */
  readonly resamples?: number;
  /** Largest sample the silhouette is computed on (default 2,000). */
  readonly silhouetteSample?: number;
}

/** An answer on which a logic stands apart from the rest of the window. */
export interface DistinctiveAnswer {
  readonly itemId: string;
  /** (logic mean − rest mean) / the item's standard deviation over the window. */
  readonly standardisedDifference: number;
  readonly logicMean: number;
  readonly restMean: number;
  readonly message: LogicMessage;
}

export interface DiscoveredLogic {
  /** Position by size, largest first (names come from matching, match-logics.ts). */
  readonly index: number;
  readonly size: number;
  /** Mean answer per item id, in the item's own units (answers given only; null if none). */
  readonly centroid: Readonly<Record<string, number | null>>;
  readonly distinctive: readonly DistinctiveAnswer[];
}

export interface LogicsStability {
  readonly method: 'bootstrap-adjusted-rand-index';
  readonly resamples: number;
  /** Mean and lowest ARI between the window's logics and those found on each resample. */
  readonly meanAdjustedRandIndex: number;
  readonly minAdjustedRandIndex: number;
}

export type DiscoveredLogics =
  | {
      readonly state: 'insufficient';
      readonly reason: 'too-few-respondents' | 'no-varying-profile-item';
      readonly respondents: number;
    }
  | {
      readonly state: 'ok';
      readonly respondents: number;
      readonly criterion: {
        readonly name: 'mean-silhouette';
        readonly sampled: number;
        readonly candidates: readonly { readonly logics: number; readonly silhouette: number }[];
        /** The best silhouette read on Kaufman & Rousseeuw's scale; 'none': a reading, not groups. */
        readonly structure: LogicsStructure;
      };
      readonly stability: LogicsStability | undefined;
      readonly logics: readonly DiscoveredLogic[];
      /**
       * Each answer vector's logic index, in input order. For computing figures of groups
       * (evaluate-by-logic.ts) inside the job only: never published, stored or sent.
       */
      readonly assignments: readonly number[];
      readonly view: LogicsView;
    };

/**
 * Finds the logics of one window from its anonymous answer vectors (issue 12, DOMAIN.md fact 6).
 * 1. impute a missing answer with its item's mean, standardise each profile item (z-scores)
 * 2. for 2 to 6 logics, k-means (ml-kmeans) from seeded k-means++ starts, best of `restarts`
 * 3. keep the number with the highest mean silhouette (on a seeded sample of ≤ 2,000)
 * 4. stability: k-means again on bootstrap resamples, every respondent assigned to the nearest
 *    resample centroid, adjusted Rand index with the window's logics
 * 5. describe each logic (largest first): size, mean answers, most distinctive answers
 * Only profile items (how advisors work) define the logics; every item describes them.
 */
export function discoverLogics(input: DiscoverLogicsInput): DiscoveredLogics {
  const respondents = input.answers.length;
  if (respondents < minimumRespondentsForLogics)
    return { state: 'insufficient', reason: 'too-few-respondents', respondents };
  const summaries = summariseItems(input.answers, input.items.length);
  const columns = input.items.flatMap((item, j) =>
    item.role === 'profile' && (summaries[j]?.sd ?? 0) > 0 ? [j] : [],
  );
  if (!columns.length) return { state: 'insufficient', reason: 'no-varying-profile-item', respondents };
  const points = standardisedAnswers(input.answers, columns, summaries);
  const uniform = seededUniform(input.seed);
  const restarts = input.restarts ?? 5;

  const sample = sampleIndices(respondents, input.silhouetteSample ?? 2000, uniform);
  const distances = new SampleDistances(points, sample);
  const candidates: { logics: number; silhouette: number; partition: Partition }[] = [];
  for (let k = logicCountRange.min; k <= Math.min(logicCountRange.max, respondents - 1); k += 1) {
    const partition = seededKmeans(points, k, restarts, uniform);
    if (partition)
      candidates.push({ logics: k, silhouette: meanSilhouette(distances, partition.labels, k), partition });
  }
  const chosen = candidates.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  const ordered = orderBySize(chosen.partition);
  const stability = bootstrapStability(points, ordered, input.resamples ?? 10, restarts, uniform);

  return {
    state: 'ok',
    respondents,
    criterion: {
      name: 'mean-silhouette',
      sampled: sample.length,
      candidates: candidates.map(({ logics, silhouette }) => ({ logics, silhouette })),
      structure: structureOfSilhouette(chosen.silhouette),
    },
    stability,
    logics: describeLogics(input.items, input.answers, summaries, ordered),
    assignments: ordered.labels,
    view: logicsView(
      points,
      ordered,
      columns.map((j) => input.items[j]?.id ?? ''),
    ),
  };
}

function sampleIndices(n: number, size: number, uniform: () => number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= size) return all;
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(uniform() * (n - i));
    [all[i], all[j]] = [all[j] as number, all[i] as number];
  }
  return all.slice(0, size).sort((a, b) => a - b);
}

function orderBySize(partition: Partition): Partition {
  const counts = new Array<number>(partition.k).fill(0);
  for (const g of partition.labels) counts[g] = (counts[g] ?? 0) + 1;
  const order = counts.map((c, g) => ({ c, g })).sort((a, b) => b.c - a.c || a.g - b.g);
  const rank = new Array<number>(partition.k);
  order.forEach(({ g }, r) => {
    rank[g] = r;
  });
  return {
    ...partition,
    labels: partition.labels.map((g) => rank[g] as number),
    centroids: order.map(({ g }) => partition.centroids[g] as number[]),
  };
}

function bootstrapStability(
  points: number[][],
  partition: Partition,
  resamples: number,
  restarts: number,
  uniform: () => number,
): LogicsStability | undefined {
  if (resamples <= 0) return undefined;
  const agreements: number[] = [];
  for (let b = 0; b < resamples; b += 1) {
    const drawn = points.map(() => points[Math.floor(uniform() * points.length)] as number[]);
    const again = seededKmeans(drawn, partition.k, Math.min(restarts, 3), uniform);
    if (!again) continue;
    const labels = points.map((p) => nearest(p, again.centroids)[0]);
    agreements.push(adjustedRandIndex(partition.labels, labels));
  }
  if (!agreements.length) return undefined;
  return {
    method: 'bootstrap-adjusted-rand-index',
    resamples: agreements.length,
    meanAdjustedRandIndex: agreements.reduce((s, a) => s + a, 0) / agreements.length,
    minAdjustedRandIndex: Math.min(...agreements),
  };
}

function describeLogics(
  items: readonly LogicItemRef[],
  answers: readonly AnswerVector[],
  summaries: readonly ItemSummary[],
  partition: Partition,
): DiscoveredLogic[] {
  const k = partition.k;
  const p = items.length;
  const sums = Array.from({ length: k }, () => new Float64Array(p));
  const counts = Array.from({ length: k }, () => new Float64Array(p));
  const sizes = new Array<number>(k).fill(0);
  answers.forEach((vector, i) => {
    const g = partition.labels[i] as number;
    sizes[g] = (sizes[g] ?? 0) + 1;
    for (let j = 0; j < p; j += 1) {
      const value = vector[j];
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      const groupSums = sums[g] as Float64Array;
      const groupCounts = counts[g] as Float64Array;
      groupSums[j] = (groupSums[j] ?? 0) + value;
      groupCounts[j] = (groupCounts[j] ?? 0) + 1;
    }
  });
  return sizes.map((size, g) => {
    const centroid: Record<string, number | null> = {};
    const distinctive: DistinctiveAnswer[] = [];
    items.forEach((item, j) => {
      const inCount = counts[g]?.[j] ?? 0;
      const inSum = sums[g]?.[j] ?? 0;
      const summary = summaries[j] as ItemSummary;
      centroid[item.id] = inCount ? inSum / inCount : null;
      const restCount = summary.answered - inCount;
      if (!inCount || !restCount || summary.sd === 0) return;
      const logicMean = inSum / inCount;
      const restMean = (summary.mean * summary.answered - inSum) / restCount;
      const standardisedDifference = (logicMean - restMean) / summary.sd;
      if (Math.abs(standardisedDifference) < distinctiveThreshold) return;
      distinctive.push({
        itemId: item.id,
        standardisedDifference,
        logicMean,
        restMean,
        message: distinctiveMessage(item.id, logicMean, restMean),
      });
    });
    distinctive.sort((a, b) => Math.abs(b.standardisedDifference) - Math.abs(a.standardisedDifference));
    return { index: g, size, centroid, distinctive: distinctive.slice(0, distinctiveCount) };
  });
}
