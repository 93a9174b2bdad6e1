import { describe, expect, it } from 'vitest';
import { contestFormProblems } from '../../../shared/pay/advisor-contest-form.js';
import { advisorIndicatorPreview } from '../../../shared/pay/advisor-indicator-preview.js';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';

const version = {
  version: 4,
  policy: defaultPayPolicy('2026-Q4'),
  savedAt: '2026-08-01T08:00:00Z',
  savedBy: 'hr@example.com',
  publishedAt: '2026-08-02T08:00:00Z',
};
const stats = (values: number[]) => ({
  n: values.length,
  sum: values.reduce((s, v) => s + v, 0),
  sumSq: values.reduce((s, v) => s + v * v, 0),
});

describe("an advisor's live preview", () => {
  it('reads own components against their targets, capped, and leaves team components to the close', () => {
    const counts = {
      satisfaction: stats([10, 10, 10, 9]),
      recommendation: stats([9, 8, 9, 8]),
      effort: stats([]),
      resolved: stats([1, 0, 1, 1]),
      promoters: 2,
      passives: 2,
      detractors: 0,
    };
    const preview = advisorIndicatorPreview(version, '2026-Q4', counts);
    expect(preview).toMatchObject({
      responses: 4,
      minimumResponses: 20,
      belowMinimum: true,
      policyVersion: 4,
    });
    const [sat, rec, ood, aht] = preview.components;
    // 39/4 = 9.75 against 8.5 is 1.147 (under the 1.2 cap); 34/4 = 8.5 against 9.2; 3/4 against 0.8.
    expect(sat).toMatchObject({ state: 'own', value: 9.75, limited: null });
    expect(sat?.attainment).toBeCloseTo(9.75 / 8.5, 12);
    expect(sat?.contribution).toBeCloseTo(0.4 * (9.75 / 8.5), 12);
    expect(rec?.attainment).toBeCloseTo(8.5 / 9.2, 12);
    expect(ood?.attainment).toBeCloseTo(0.75 / 0.8, 12);
    expect(aht).toMatchObject({ state: 'at-close', value: null, attainment: null, contribution: null });
  });

  it('gives no figure, never 0, without a response', () => {
    const preview = advisorIndicatorPreview(version, '2026-Q4', undefined);
    expect(preview.responses).toBe(0);
    for (const c of preview.components.slice(0, 3))
      expect(c).toMatchObject({ state: 'no-response', value: null, contribution: null });
  });
});

describe("an advisor's contest form", () => {
  it('names each bad field with its problem code', () => {
    expect(
      contestFormProblems({ quarter: '2026-Q4', responseId: 'r-1', reason: 'assez long motif' }),
    ).toEqual([]);
    expect(contestFormProblems({ quarter: '2026-Q5', responseId: 'a b', reason: '   court   ' })).toEqual([
      { field: 'quarter', code: 'not-a-quarter' },
      { field: 'responseId', code: 'not-a-response' },
      { field: 'reason', code: 'too-short' },
    ]);
    expect(contestFormProblems({ quarter: '2026-Q4', responseId: 'r', reason: 'x'.repeat(501) })).toEqual([
      { field: 'reason', code: 'too-long' },
    ]);
    expect(contestFormProblems({ quarter: '2026-Q4', responseId: 'r' })).toEqual([
      { field: 'reason', code: 'missing' },
    ]);
  });
});
