import type { PayPolicy } from './pay-policy.schema.js';

/**
 * The sample policy a centre starts from. Targets: average satisfaction 8.5/10 and
 * recommendation 9.2/10 (one company's barometer targets, DOMAIN fact 1). Handle time counts at
 * team level only, at 10%, behind a satisfaction gate (DOMAIN fact 2). The once-and-done target
 * and the handle-time target are placeholders for the centre to set.
 */
export function defaultPayPolicy(effectiveFrom: string): PayPolicy {
  return {
    schemaVersion: 1,
    name: 'Politique type / Sample policy',
    effectiveFrom,
    components: [
      { measure: 'satisfaction', level: 'individual', weight: 0.4, target: 8.5 },
      { measure: 'recommendation', level: 'individual', weight: 0.3, target: 9.2 },
      { measure: 'once-and-done', level: 'individual', weight: 0.2, target: 0.8 },
      { measure: 'handle-time', level: 'team', weight: 0.1, target: 360 },
    ],
    qualityGate: { measure: 'satisfaction', minimum: 8 },
    award: 'against-targets',
    eligibility: { minimumResponses: 20 },
    shrinkage: { enabled: true, toward: 'team', method: 'empirical-bayes' },
    limits: { componentFloor: 0, componentCap: 1.2, indicatorFloor: 0, indicatorCap: 1.2 },
  };
}
