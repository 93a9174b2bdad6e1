import type { LogicsStability, LogicsStructure } from './discover-logics.js';
import type { ItemEvaluation } from './evaluate-by-logic.js';
import type { LogicMessage } from './logics-messages.js';
import type { LogicsScope, PublishedLogicsView } from './publish-logics.js';
import type { CentreResource } from './resources-by-logic.js';
import type { CentreToolOrMethod } from './ways-of-working-module.js';

/**
 * One month's published advisor logics (issue 12), as stored once and read by the pages.
 * Aggregates only: every figure here is a count or a mean over at least k counted respondents
 * (publish-logics.ts, publish-evaluations.ts); no respondent's answers, logic or site is kept.
 */
export interface LogicsMonth {
  /** Calendar month, `2026-03`. */
  readonly month: string;
  /** The ISO week the module was asked in (waysOfWorkingWeekOf). */
  readonly week: string;
  /** The anonymity threshold the month was published under. */
  readonly k: number;
  readonly publishedAt: string;
  readonly discovery: LogicsDiscoveryReading;
  /** Centre view only, shown logics only: the 2-D map of the logics (ml-pca). */
  readonly map: LogicsMap | null;
  /** Shown logics of the centre view: the logic they continue from the last published month. */
  readonly continuity: LogicsContinuity;
  /** Every logic name given so far, so a name never comes back for another logic. */
  readonly namesUsed: readonly string[];
  /** The centre view first, then each site's: published or withheld with its reason. */
  readonly views: readonly PublishedLogicsView[];
  /** Per published view, how each of its groups rates each evaluated item. */
  readonly evaluations: readonly ViewEvaluation[];
  /** Resources proposed per shown logic of the centre view, from the centre's list that month. */
  readonly resources: readonly LogicResources[];
  /** The tools and methods the module asked advisors to rate that month. */
  readonly tools: readonly CentreToolOrMethod[];
}

export type LogicsDiscoveryReading =
  | { readonly state: 'insufficient'; readonly reason: 'too-few-respondents' | 'no-varying-profile-item' }
  | {
      readonly state: 'ok';
      readonly criterion: {
        readonly name: 'mean-silhouette';
        readonly sampled: number;
        readonly candidates: readonly { readonly logics: number; readonly silhouette: number }[];
        /** Read on Kaufman & Rousseeuw's scale; 'none': the logics are a reading, not groups. */
        readonly structure: LogicsStructure;
      };
      readonly stability: LogicsStability | null;
    };

export interface LogicsMap {
  readonly explainedVariance: readonly [number, number];
  readonly loadings: readonly { readonly itemId: string; readonly x: number; readonly y: number }[];
  readonly logics: readonly {
    readonly name: string;
    readonly centroid: { readonly x: number; readonly y: number };
    readonly spread: { readonly sdX: number; readonly sdY: number };
  }[];
}

export interface LogicsContinuity {
  /** The month it was matched against (the last published month with a centre view), if any. */
  readonly previousMonth: string | null;
  readonly logics: readonly {
    readonly name: string;
    /** Same name as last month's logic it continues, or null for a logic new this month. */
    readonly continues: string | null;
    /** RMS distance of the mean answers, in scale points (null when new). */
    readonly distance: number | null;
  }[];
  /** Last month's shown logics no shown logic continues this month. */
  readonly ended: readonly string[];
}

/** An item of a view's evaluation: rated by each group, or withheld as a whole with its reason. */
export type ShownItemEvaluation =
  | ({ readonly state: 'shown' } & ItemEvaluation)
  | { readonly state: 'withheld'; readonly itemId: string; readonly reason: EvaluationWithheld };

export type EvaluationWithheld = 'fewer-than-k-ratings';

export interface ViewEvaluation {
  readonly scope: LogicsScope;
  readonly items: readonly ShownItemEvaluation[];
  readonly family: { readonly method: 'benjamini-hochberg'; readonly size: number; readonly alpha: number };
  /** False when the month's structure is 'none': ratings are shown, no group is flagged. */
  readonly flagsShown: boolean;
}

export interface LogicResources {
  readonly logic: string;
  readonly proposals: readonly {
    readonly resource: Pick<CentreResource, 'id' | 'kind' | 'title'>;
    readonly fit: number;
    /** The logic's distinctive answers (item ids) the resource answers to. */
    readonly because: readonly string[];
  }[];
}

/** Why a view is withheld, as worded for the page. */
export type WithheldReason = LogicMessage;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a calendar month id `YYYY-MM`. */
export function isMonthId(value: string): boolean {
  return monthPattern.test(value);
}

/** The calendar month before `month` (`2026-01` → `2025-12`). */
export function previousMonthId(month: string): string {
  const match = monthPattern.exec(month);
  if (!match) throw new Error(`Not a month id: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
