import { describe, expect, it } from 'vitest';
import { advisorPolicyLines } from '../../../shared/i18n/pay-summary-messages.js';
import { advisorPolicySummary } from '../../../shared/pay/advisor-policy-summary.js';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';
import { policyInForce } from '../../../shared/pay/policy-in-force.js';

const published = {
  version: 3,
  policy: defaultPayPolicy('2027-Q1'),
  savedAt: '2026-11-01T09:00:00.000Z',
  savedBy: 'hr@example.com',
  publishedAt: '2026-12-01T09:00:00.000Z',
  publishedBy: 'hr@example.com',
};

describe('the policy in force, as an advisor reads it', () => {
  it('gives components with weights in percent, the gate, eligibility and shrinkage', () => {
    const summary = advisorPolicySummary(policyInForce([published], '2027-Q1'), '2027-Q1');
    expect(summary).toMatchObject({
      state: 'in-force',
      quarter: '2027-Q1',
      version: 3,
      qualityGate: { measure: 'satisfaction', minimum: 8 },
      minimumResponses: 20,
      shrinkTowardTeam: true,
      indicatorCapPercent: 120,
    });
    expect(summary.state === 'in-force' && summary.components.map((c) => c.weightPercent)).toEqual([
      40, 30, 20, 10,
    ]);
  });

  it('words it in French and English', () => {
    const summary = advisorPolicySummary(policyInForce([published], '2027-Q1'), '2027-Q1');
    expect(advisorPolicyLines(summary, 'fr')).toEqual([
      'Politique en vigueur pour 2027-Q1 (version 3) :',
      '40\u202f% : satisfaction client (vos propres résultats), objectif 8,5/10.',
      '30\u202f% : recommandation (vos propres résultats), objectif 9,2/10.',
      '20\u202f% : résolution au premier contact (vos propres résultats), objectif 80\u202f%.',
      '10\u202f% : durée moyenne de traitement (de votre équipe), objectif 360\u202fs au plus.',
      'La durée de traitement ne compte que pour l’équipe, et seulement si sa satisfaction client atteint 8/10.',
      'En dessous de 20 réponses clients dans le trimestre, votre indicateur suit celui de votre équipe.',
      'Vos résultats sont rapprochés de ceux de votre équipe d’autant plus que vous avez peu de réponses.',
      'Le bien-être n’entre jamais dans votre rémunération.',
    ]);
    const en = advisorPolicyLines(summary, 'en');
    expect(en[1]).toBe('40%: customer satisfaction (your own results), target 8.5/10.');
    expect(en[4]).toBe("10%: average handle time (your team's), target at most 360 s.");
  });

  it('says when no policy was published before the quarter started', () => {
    const summary = advisorPolicySummary(policyInForce([published], '2026-Q4'), '2026-Q4');
    expect(summary).toEqual({
      state: 'none',
      quarter: '2026-Q4',
      reason: 'no-policy-published-before-quarter',
    });
    expect(advisorPolicyLines(summary, 'en')).toEqual([
      'No variable-pay policy was published before 2026-Q4 started.',
    ]);
  });
});
