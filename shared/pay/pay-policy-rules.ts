/**
 * The rules a pay policy must keep, each with a stable code. The schema (pay-policy.schema.ts)
 * reports a broken rule by its code on the field it concerns; the catalogue
 * (shared/i18n/pay-policy-messages.ts) words each code in French and English.
 */
export const payPolicyRules = [
  /** AHT as an individual objective has not proven effective and harms quality (DOMAIN fact 2). */
  'individual-handle-time',
  /** Productivity counts at team level with a weight of at most 20% (DESIGN §7). */
  'productivity-weight-over-cap',
  /** Productivity counts only when quality clears its gate (DOMAIN fact 2). */
  'quality-gate-missing',
  /** Each advisor is measured against targets, never against colleagues. */
  'forced-ranking',
  'quota',
  /** The component weights must add up to 1 (100%). */
  'weights-not-summing-to-one',
  /** Wellbeing never enters an individual's pay; only the team guardrail (DOMAIN non-negotiables). */
  'wellbeing-in-individual-pay',
  /** A target outside its measure's scale (0–10, a 0–1 rate, 1–86,400 seconds). */
  'target-out-of-range',
  /** One component per measure and level. */
  'duplicate-component',
  /** A floor must not exceed its cap. */
  'floor-above-cap',
] as const;

export type PayPolicyRule = (typeof payPolicyRules)[number];

export function isPayPolicyRule(code: unknown): code is PayPolicyRule {
  return typeof code === 'string' && (payPolicyRules as readonly string[]).includes(code);
}

/** Productivity (handle time) may weigh at most this share of the indicator. */
export const productivityWeightCap = 0.2;

/** Tolerance on the sum of weights (weights are entered as decimals such as 0.15). */
export const weightSumTolerance = 1e-9;
