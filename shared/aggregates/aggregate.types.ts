import type { Channel, WorkMode } from '../roster/index.js';
import type { PulseDimension } from '../surveys/pulse-dimensions.js';
import type { SufficientStats } from './sufficient-stats.js';

/** A time window: the ISO week is the base period; wider windows serve anonymity. */
export type WindowKind = 'week' | 'fortnight' | 'month' | 'quarter';
export interface TimeWindow {
  readonly kind: WindowKind;
  /** `2026-W07`, `2026-F04` (ISO weeks 7–8), `2026-02`, `2026-Q1`. */
  readonly id: string;
}

/**
 * The sufficient statistics of some customer responses.
 * Scales: satisfaction and recommendation 0–10, effort 1–7, resolved 1 (yes) or 0 (no).
 */
export interface CustomerCounts {
  readonly satisfaction: SufficientStats;
  readonly recommendation: SufficientStats;
  readonly effort: SufficientStats;
  readonly resolved: SufficientStats;
  /** Recommendation 9–10, 7–8 and 0–6 counts (NPS). */
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** Customer responses of one team in one ISO week, for all channels (`channel: 'all'`) or one. */
export interface CustomerAggregate extends CustomerCounts {
  readonly teamId: string;
  readonly period: string;
  readonly channel: Channel | 'all';
}

/**
 * Customer responses of one team in one ISO week about its advisors of one work mode (the
 * advisor's work mode when the survey was sent), all channels.
 */
export interface CustomerWorkModeAggregate extends CustomerCounts {
  readonly teamId: string;
  readonly period: string;
  readonly workMode: WorkMode;
}

/**
 * Customer responses about one advisor's contacts in one ISO week, all channels. Shown only to
 * that advisor; never joined with anything from the pulse.
 */
export interface AdvisorWeekCustomerAggregate extends CustomerCounts {
  readonly advisorId: string;
  readonly period: string;
}

/**
 * Anonymous pulse answers of one team in one window, for all advisors (`workMode: 'all'`) or
 * one work mode. `respondents` counts distinct advisors; item scales are 1–5, eNPS 0–10.
 */
export interface PulseAggregate {
  readonly teamId: string;
  readonly window: TimeWindow;
  readonly workMode: WorkMode | 'all';
  readonly respondents: number;
  readonly items: Readonly<Partial<Record<PulseDimension, SufficientStats>>>;
  readonly enps: { readonly promoters: number; readonly passives: number; readonly detractors: number };
}

/** Operations of one team in one ISO week from ingested interactions (not from surveys). */
export interface OperationsAggregate {
  readonly teamId: string;
  readonly period: string;
  readonly channel: Channel | 'all';
  readonly contacts: number;
  /** Handle time in seconds. */
  readonly handleTime: SufficientStats;
  /** Resolved at first contact as the source system reports it: 1 yes, 0 no (unknown not counted). */
  readonly resolvedFirstContact: SufficientStats;
}
