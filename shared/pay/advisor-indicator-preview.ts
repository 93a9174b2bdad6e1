import {
  type AdvisorEstimate,
  onceAndDoneEstimate,
  recommendationEstimate,
  satisfactionEstimate,
} from '../advisor-results/advisor-estimates.js';
import type { CustomerCounts } from '../aggregates/aggregate.types.js';
import type { SufficientStats } from '../aggregates/sufficient-stats.js';
import type { PayComponent } from './pay-policy.schema.js';
import type { PayPolicyVersion } from './policy-in-force.js';

/**
 * One component of an advisor's live preview. `own`: read from the advisor's own counters;
 * `no-response`: an own component without any response yet (no figure); `at-close`: a team
 * component, computed only when HR computes the quarter. Absent figures are null, never 0.
 */
export interface PreviewComponent {
  readonly id: string;
  readonly measure: PayComponent['measure'];
  readonly level: PayComponent['level'];
  readonly weight: number;
  readonly target: number;
  readonly state: 'own' | 'no-response' | 'at-close';
  /** n, mean and 95% interval of the advisor's own answers (null for a team component). */
  readonly input: AdvisorEstimate | null;
  /** The own mean (0–10) or rate (0–1) the attainment is read from. */
  readonly value: number | null;
  /** value ÷ target after the component's floor and cap. */
  readonly attainment: number | null;
  readonly limited: 'cap' | 'floor' | null;
  /** weight × attainment: the share of the indicator this component gives so far. */
  readonly contribution: number | null;
}

/**
 * What an advisor's indicator looks like so far from their own quarter counters, before HR
 * computes the quarter: never the final value, which draws figures toward the team
 * (shrinkage, estimated on the whole centre at close) and adds the team components.
 */
export interface AdvisorIndicatorPreview {
  readonly quarter: string;
  readonly policyVersion: number;
  readonly responses: number;
  readonly minimumResponses: number;
  readonly belowMinimum: boolean;
  readonly components: readonly PreviewComponent[];
}

const ownStats: Partial<Record<PayComponent['measure'], (c: CustomerCounts) => SufficientStats>> = {
  satisfaction: (c) => c.satisfaction,
  recommendation: (c) => c.recommendation,
  'once-and-done': (c) => c.resolved,
};

/** The same input estimates the quarter close states (quarter-indicator.ts). */
function estimateOf(measure: PayComponent['measure'], stats: SufficientStats): AdvisorEstimate {
  if (measure === 'once-and-done') return onceAndDoneEstimate(stats, 1);
  return measure === 'satisfaction' ? satisfactionEstimate(stats, 2) : recommendationEstimate(stats, 2);
}

function previewComponent(
  c: PayComponent,
  counts: CustomerCounts | undefined,
  limits: PayPolicyVersion['policy']['limits'],
): PreviewComponent {
  const base = {
    id: `${c.measure}.${c.level}`,
    measure: c.measure,
    level: c.level,
    weight: c.weight,
    target: c.target,
  };
  const read = ownStats[c.measure];
  const none = { input: null, value: null, attainment: null, limited: null, contribution: null } as const;
  if (c.level === 'team' || !read) return { ...base, state: 'at-close', ...none };
  const stats = counts ? read(counts) : { n: 0, sum: 0, sumSq: 0 };
  const input = estimateOf(c.measure, stats);
  if (stats.n === 0) return { ...base, state: 'no-response', ...none, input };
  const value = stats.sum / stats.n;
  const before = value / c.target;
  const limited = before > limits.componentCap ? 'cap' : before < limits.componentFloor ? 'floor' : null;
  const attainment = Math.min(limits.componentCap, Math.max(limits.componentFloor, before));
  return { ...base, state: 'own', input, value, attainment, limited, contribution: c.weight * attainment };
}

/** The live preview of an advisor's components from their own quarter counters (accepted contests removed). */
export function advisorIndicatorPreview(
  policy: PayPolicyVersion,
  quarter: string,
  counts: CustomerCounts | undefined,
): AdvisorIndicatorPreview {
  const responses = counts?.satisfaction.n ?? 0;
  const minimumResponses = policy.policy.eligibility.minimumResponses;
  return {
    quarter,
    policyVersion: policy.version,
    responses,
    minimumResponses,
    belowMinimum: responses < minimumResponses,
    components: policy.policy.components.map((c) => previewComponent(c, counts, policy.policy.limits)),
  };
}
