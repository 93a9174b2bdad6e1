import type { PayMeasure } from './pay-policy.schema.js';
import type { PolicyInForce } from './policy-in-force.js';

/** One component as an advisor reads it: whose results count, how much, against what target. */
export interface SummaryComponent {
  readonly measure: PayMeasure;
  readonly level: 'individual' | 'team';
  /** Share of the indicator in percent, 0–100. */
  readonly weightPercent: number;
  readonly target: number;
}

/**
 * What an advisor may know of the policy governing a quarter from its first day (objectives
 * known in advance, French labour code L1222-3): the components, the gate behind team
 * productivity, eligibility, shrinkage and limits. Absent with its reason when none applies.
 */
export type AdvisorPolicySummary =
  | {
      readonly state: 'in-force';
      readonly quarter: string;
      readonly version: number;
      readonly publishedAt: string;
      readonly components: readonly SummaryComponent[];
      readonly qualityGate?: { readonly measure: PayMeasure; readonly minimum: number } | undefined;
      readonly minimumResponses: number;
      readonly shrinkTowardTeam: boolean;
      readonly indicatorCapPercent: number;
      readonly indicatorFloorPercent: number;
    }
  | {
      readonly state: 'none';
      readonly quarter: string;
      readonly reason: 'no-policy-published-before-quarter';
    };

const percent = (share: number) => Math.round(share * 1000) / 10;

export function advisorPolicySummary(inForce: PolicyInForce, quarter: string): AdvisorPolicySummary {
  if (inForce.state === 'none') return { state: 'none', quarter, reason: inForce.reason };
  const { policy, version, publishedAt } = inForce.policy;
  return {
    state: 'in-force',
    quarter,
    version,
    publishedAt: publishedAt as string,
    components: policy.components.map((c) => ({
      measure: c.measure,
      level: c.level,
      weightPercent: percent(c.weight),
      target: c.target,
    })),
    qualityGate: policy.qualityGate,
    minimumResponses: policy.eligibility.minimumResponses,
    shrinkTowardTeam: policy.shrinkage.enabled,
    indicatorCapPercent: percent(policy.limits.indicatorCap),
    indicatorFloorPercent: percent(policy.limits.indicatorFloor),
  };
}
