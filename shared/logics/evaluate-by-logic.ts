import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { benjaminiHochberg } from '../analytics/inference/multiple-comparisons.js';
import type { LogicMessage } from './logics-messages.js';
import type { AnswerVector, LogicItemRef } from './standardise-answers.js';

/** A mean rating this high or higher means the logic values the tool or method. */
export const valuedMean = 4;
/** Adjusted p below which one logic's view differs clearly from the rest. */
export const flagAlpha = 0.05;

export interface LogicRating {
  readonly group: string;
  readonly n: number;
  readonly mean: number | null;
  /** 95% t-interval of the mean; null under 2 ratings. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** Welch test of this group against all other respondents; null when either side has < 2. */
  readonly test: {
    readonly t: number;
    readonly df: number;
    readonly pValue: number;
    /** Benjamini–Hochberg over every item × group test of the evaluation. */
    readonly adjustedPValue: number;
  } | null;
  readonly flagged: boolean;
}

export interface ItemEvaluation {
  readonly itemId: string;
  readonly byLogic: readonly LogicRating[];
  /** "A method that works for 20%": valued (mean ≥ 4) by one group only, and flagged for it. */
  readonly valuedByOneOnly: { readonly group: string; readonly message: LogicMessage } | null;
}

export interface EvaluationByLogic {
  readonly items: readonly ItemEvaluation[];
  readonly family: { readonly method: 'benjamini-hochberg'; readonly size: number; readonly alpha: number };
}

interface Summary {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

function summarise(values: readonly number[]): Summary {
  const n = values.length;
  const mean = n ? values.reduce((s, x) => s + x, 0) / n : Number.NaN;
  const variance = n > 1 ? values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : Number.NaN;
  return { n, mean, variance };
}

/** Welch's unequal-variance t-test, two-sided (Welch 1947); undefined when it cannot be computed. */
export function welchTest(a: Summary, b: Summary): { t: number; df: number; pValue: number } | undefined {
  if (a.n < 2 || b.n < 2) return undefined;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se = Math.sqrt(va + vb);
  if (!(se > 0)) return undefined;
  const t = (a.mean - b.mean) / se;
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return { t, df, pValue: Math.min(1, 2 * (1 - tCdf(Math.abs(t), df))) };
}

/**
 * A respondent's own level: the mean of their ratings of the evaluated items (tools, methods,
 * training formats, objective-setting modes). Some people rate everything higher than others
 * (a response style); logics found along such a lean would otherwise rate every method higher
 * or lower and be flagged for it. Profile items are left out: the logics were cut on them, so
 * a level that included them would differ between logics by construction.
 */
function ownLevel(vector: AnswerVector, columns: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const j of columns) {
    const value = vector[j];
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    sum += value;
    n += 1;
  }
  return n ? sum / n : 0;
}

/**
 * How each group (a published logic, or "other") rates each evaluated item: mean, 95%
 * t-interval and n over the ratings given; and whether the group's view differs clearly from
 * everyone else's: a Welch test on ratings taken relative to each respondent's own level (the
 * mean of their ratings of the evaluated items), so a group that rates everything higher is not flagged
 * for every method, only one that rates this method differently from how it rates the rest.
 * The p-values of every item × group test form one family adjusted by Benjamini–Hochberg
 * (raw and adjusted p and the family size are reported). A group differs clearly when its
 * adjusted p is below .05. Only items with role 'evaluated' are judged: they took no part in
 * finding the logics, so a difference is not an echo of the clustering. Calibration under no
 * logics, with and without a shared response style: test/unit/logics/evaluate-by-logic.test.ts.
 */
export function evaluateByLogic(input: {
  readonly items: readonly LogicItemRef[];
  readonly answers: readonly AnswerVector[];
  /** Each respondent's group, in the order of the answers (publishedGroupOf). */
  readonly groups: readonly string[];
}): EvaluationByLogic {
  const groupNames = [...new Set(input.groups)].sort((a, b) =>
    a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b),
  );
  const evaluated = input.items.flatMap((item, j) => (item.role === 'evaluated' ? [{ item, j }] : []));
  const columns = evaluated.map(({ j }) => j);
  const level = input.answers.map((vector) => ownLevel(vector, columns));
  const cells = evaluated.map(({ item, j }) =>
    groupNames.map((group) => {
      const inside: number[] = [];
      const relativeInside: number[] = [];
      const relativeOutside: number[] = [];
      input.answers.forEach((vector, i) => {
        const value = vector[j];
        if (value === null || value === undefined || !Number.isFinite(value)) return;
        const relative = value - (level[i] as number);
        if (input.groups[i] === group) {
          inside.push(value);
          relativeInside.push(relative);
        } else relativeOutside.push(relative);
      });
      const own = summarise(inside);
      return {
        itemId: item.id,
        group,
        own,
        test: welchTest(summarise(relativeInside), summarise(relativeOutside)),
      };
    }),
  );
  const tested = cells.flat().filter((c) => c.test);
  const adjusted = benjaminiHochberg(tested.map((c) => c.test?.pValue ?? 1));
  const adjustedOf = new Map(tested.map((c, i) => [c, adjusted[i] ?? 1]));

  const items = cells.map((row): ItemEvaluation => {
    const byLogic = row.map(({ group, own, test }, g): LogicRating => {
      const adjustedPValue = adjustedOf.get(row[g] as (typeof row)[number]);
      const half = own.n > 1 ? tQuantile(0.975, own.n - 1) * Math.sqrt(own.variance / own.n) : Number.NaN;
      return {
        group,
        n: own.n,
        mean: own.n ? own.mean : null,
        interval: Number.isFinite(half) ? { low: own.mean - half, high: own.mean + half } : null,
        test: test && adjustedPValue !== undefined ? { ...test, adjustedPValue } : null,
        flagged: adjustedPValue !== undefined && adjustedPValue < flagAlpha,
      };
    });
    const valued = byLogic.filter((r) => r.mean !== null && r.mean >= valuedMean);
    const only = valued.length === 1 && valued[0]?.flagged && byLogic.length > 1 ? valued[0] : undefined;
    return {
      itemId: row[0]?.itemId ?? '',
      byLogic,
      valuedByOneOnly: only
        ? {
            group: only.group,
            message: {
              key: 'logics.valued-by-one',
              params: { itemId: row[0]?.itemId ?? '', logic: only.group, mean: only.mean ?? 0 },
            },
          }
        : null,
    };
  });
  return { items, family: { method: 'benjamini-hochberg', size: tested.length, alpha: flagAlpha } };
}
