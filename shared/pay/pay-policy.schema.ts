import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';
import { type PayPolicyRule, productivityWeightCap, weightSumTolerance } from './pay-policy-rules.js';

/** A calendar quarter id, `2026-Q3`. */
export const quarterId = z.string().check(z.regex(/^\d{4}-Q[1-4]$/, 'a quarter such as 2026-Q3'));

/**
 * What a component measures. Customer measures: satisfaction and recommendation (0–10 means),
 * the once-and-done rate (0–1); handle time in seconds (productivity). `wellbeing` is listed so
 * that a policy naming it is refused by its rule rather than as an unknown word.
 */
export const payMeasures = [
  'satisfaction',
  'recommendation',
  'once-and-done',
  'handle-time',
  'wellbeing',
] as const;
export type PayMeasure = (typeof payMeasures)[number];
export const qualityMeasures = ['satisfaction', 'recommendation', 'once-and-done'] as const;

/** Whose results a component reads: the advisor's own, or their team's. */
export const componentLevels = ['individual', 'team'] as const;

/** How awards are decided: only against targets; ranking advisors against each other is refused. */
export const awardMethods = ['against-targets', 'forced-ranking', 'quota'] as const;

const share = z.number().check(z.gte(0), z.lte(1));

const componentSchema = z.object({
  measure: z.enum(payMeasures),
  level: z.enum(componentLevels),
  /** Share of the indicator, 0–1; all weights add up to 1. */
  weight: share,
  /**
   * The target: 0–10 for satisfaction and recommendation, a 0–1 rate for once-and-done, seconds
   * for handle time (met when the team's average handle time is at or below it).
   */
  target: z.number().check(z.gt(0)),
});
export type PayComponent = z.output<typeof componentSchema>;

const targetRange: Readonly<Record<PayMeasure, readonly [number, number]>> = {
  satisfaction: [0, 10],
  recommendation: [0, 10],
  'once-and-done': [0, 1],
  'handle-time': [1, 86_400],
  wellbeing: [0, 100],
};

const payPolicyShape = z.object({
  schemaVersion: z.literal(1),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200), noControlCharacters()),
  /** The first quarter the policy is meant to govern; it still needs publishing before that quarter starts. */
  effectiveFrom: quarterId,
  components: z.array(componentSchema).check(z.minLength(1), z.maxLength(8)),
  /** The team's quality that must be reached for the team productivity component to count. */
  qualityGate: z.optional(
    z.object({ measure: z.enum(qualityMeasures), minimum: z.number().check(z.gte(0)) }),
  ),
  award: z.enum(awardMethods),
  /** An advisor below this many customer responses in the quarter is not scored on their own figures. */
  eligibility: z.object({ minimumResponses: z.int().check(z.gte(1), z.lte(10_000)) }),
  /**
   * Whether advisors' figures are shrunk toward their team (empirical Bayes). The prior's strength
   * is not set here: it is estimated from the centre each quarter and stated in every explanation.
   */
  shrinkage: z.object({
    enabled: z.boolean(),
    toward: z.literal('team'),
    method: z.literal('empirical-bayes'),
  }),
  /** Attainment (achieved ÷ target) is clamped per component, then the weighted sum is clamped. */
  limits: z.object({
    componentFloor: z.number().check(z.gte(0), z.lte(5)),
    componentCap: z.number().check(z.gte(0), z.lte(5)),
    indicatorFloor: z.number().check(z.gte(0), z.lte(5)),
    indicatorCap: z.number().check(z.gte(0), z.lte(5)),
  }),
});

type Issue = { rule: PayPolicyRule; path: (string | number)[] };

/** Every rule a well-formed policy breaks, each on the field it concerns. */
export function payPolicyViolations(policy: z.output<typeof payPolicyShape>): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  let productivityWeight = 0;
  policy.components.forEach((c, i) => {
    const at = (field: string) => ['components', i, field];
    if (c.measure === 'wellbeing') issues.push({ rule: 'wellbeing-in-individual-pay', path: at('measure') });
    if (c.measure === 'handle-time' && c.level === 'individual')
      issues.push({ rule: 'individual-handle-time', path: at('level') });
    if (c.measure === 'handle-time') productivityWeight += c.weight;
    if (c.measure === 'handle-time' && productivityWeight > productivityWeightCap + weightSumTolerance)
      issues.push({ rule: 'productivity-weight-over-cap', path: at('weight') });
    const [low, high] = targetRange[c.measure];
    if (c.target < low || c.target > high) issues.push({ rule: 'target-out-of-range', path: at('target') });
    const key = `${c.measure}/${c.level}`;
    if (seen.has(key)) issues.push({ rule: 'duplicate-component', path: at('measure') });
    seen.add(key);
  });
  if (productivityWeight > 0 && !policy.qualityGate)
    issues.push({ rule: 'quality-gate-missing', path: ['qualityGate'] });
  if (policy.award === 'forced-ranking' || policy.award === 'quota')
    issues.push({ rule: policy.award, path: ['award'] });
  const total = policy.components.reduce((sum, c) => sum + c.weight, 0);
  if (Math.abs(total - 1) > weightSumTolerance)
    issues.push({ rule: 'weights-not-summing-to-one', path: ['components'] });
  const { limits } = policy;
  if (limits.componentFloor > limits.componentCap)
    issues.push({ rule: 'floor-above-cap', path: ['limits', 'componentFloor'] });
  if (limits.indicatorFloor > limits.indicatorCap)
    issues.push({ rule: 'floor-above-cap', path: ['limits', 'indicatorFloor'] });
  return issues;
}

/**
 * A variable-pay policy, version 1 of its format. Well-formed but forbidden designs are refused
 * with a custom issue whose message and `params.rule` are the rule's code (pay-policy-rules.ts);
 * shared/i18n/pay-policy-messages.ts words them.
 */
export const payPolicySchema = payPolicyShape.check(
  z.superRefine((policy, ctx) => {
    for (const { rule, path } of payPolicyViolations(policy)) {
      ctx.addIssue({ code: 'custom', message: rule, path, params: { rule }, input: policy });
    }
  }),
);
export type PayPolicy = z.output<typeof payPolicySchema>;
