import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payPolicyMessages, payPolicyProblems } from '../../../shared/i18n/pay-policy-messages.js';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';
import { type PayComponent, type PayPolicy, payPolicySchema } from '../../../shared/pay/pay-policy.schema.js';
import { type PayPolicyRule, payPolicyRules } from '../../../shared/pay/pay-policy-rules.js';

const qualityMeasures = ['satisfaction', 'recommendation', 'once-and-done'] as const;
const targetOf = { satisfaction: 8.5, recommendation: 9.2, 'once-and-done': 0.8 } as const;

/** Allowed designs: quality components (individual or team), maybe a gated team handle-time ≤ 20%. */
const allowedPolicy: fc.Arbitrary<PayPolicy> = fc
  .record({
    quality: fc.uniqueArray(
      fc.record({
        measure: fc.constantFrom(...qualityMeasures),
        level: fc.constantFrom('individual', 'team'),
      }),
      { minLength: 1, maxLength: 6, selector: (c) => `${c.measure}/${c.level}` },
    ),
    shares: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 6, maxLength: 6 }),
    productivityPercent: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    minimumResponses: fc.integer({ min: 1, max: 200 }),
    shrink: fc.boolean(),
  })
  .map(({ quality, shares, productivityPercent, minimumResponses, shrink }) => {
    const productivity = (productivityPercent ?? 0) / 100;
    const used = shares.slice(0, quality.length);
    const total = used.reduce((a, b) => a + b, 0);
    const components: PayComponent[] = quality.map((c, i) => ({
      ...c,
      weight: ((used[i] as number) / total) * (1 - productivity),
      target: targetOf[c.measure],
    }));
    if (productivityPercent !== undefined)
      components.push({ measure: 'handle-time', level: 'team', weight: productivity, target: 300 });
    return {
      ...defaultPayPolicy('2027-Q1'),
      components,
      eligibility: { minimumResponses },
      shrinkage: { enabled: shrink, toward: 'team', method: 'empirical-bayes' },
    } satisfies PayPolicy;
  });

type Design = { rule: PayPolicyRule; field: string; make: (p: PayPolicy) => unknown };

const replaceFirst = (p: PayPolicy, change: (c: PayComponent) => PayComponent) => ({
  ...p,
  components: p.components.map((c, i) => (i === 0 ? change(c) : c)),
});
const withTeamHandleTime = (p: PayPolicy, weight: number): PayPolicy => {
  const others = p.components.filter((c) => c.measure !== 'handle-time');
  const rest = others.reduce((s, c) => s + c.weight, 0);
  return {
    ...p,
    qualityGate: p.qualityGate ?? { measure: 'satisfaction', minimum: 8 },
    components: [
      { measure: 'handle-time', level: 'team', weight, target: 300 },
      ...others.map((c) => ({ ...c, weight: (c.weight / rest) * (1 - weight) })),
    ],
  };
};

/** Forbidden designs, each made from an allowed policy, with the rule and field it must be refused on. */
const forbidden: Design[] = [
  {
    rule: 'individual-handle-time',
    field: 'components.0.level',
    make: (p) => replaceFirst(withTeamHandleTime(p, 0.1), (c) => ({ ...c, level: 'individual' })),
  },
  {
    rule: 'productivity-weight-over-cap',
    field: 'components.0.weight',
    make: (p) => withTeamHandleTime(p, 0.25),
  },
  {
    rule: 'quality-gate-missing',
    field: 'qualityGate',
    make: (p) => ({ ...withTeamHandleTime(p, 0.15), qualityGate: undefined }),
  },
  { rule: 'forced-ranking', field: 'award', make: (p) => ({ ...p, award: 'forced-ranking' }) },
  { rule: 'quota', field: 'award', make: (p) => ({ ...p, award: 'quota' }) },
  {
    rule: 'weights-not-summing-to-one',
    field: 'components',
    make: (p) => replaceFirst(p, (c) => ({ ...c, weight: c.weight * 0.9 })),
  },
  {
    rule: 'wellbeing-in-individual-pay',
    field: 'components.0.measure',
    make: (p) => replaceFirst(p, (c) => ({ ...c, measure: 'wellbeing', level: 'individual', target: 8 })),
  },
  {
    rule: 'wellbeing-in-individual-pay',
    field: 'components.0.measure',
    make: (p) => replaceFirst(p, (c) => ({ ...c, measure: 'wellbeing', level: 'team', target: 8 })),
  },
];

const rulesOf = (input: unknown) =>
  (payPolicySchema.safeParse(input).error?.issues ?? []).map((i) => ({
    rule: i.code === 'custom' ? i.params?.rule : undefined,
    field: i.path.join('.'),
  }));

describe('pay policy schema', () => {
  it('accepts the default policy, whose targets are 8.5/10 satisfaction and 9.2/10 recommendation', () => {
    const policy = defaultPayPolicy('2027-Q1');
    expect(payPolicySchema.safeParse(policy).success).toBe(true);
    expect(policy.components.find((c) => c.measure === 'satisfaction')?.target).toBe(8.5);
    expect(policy.components.find((c) => c.measure === 'recommendation')?.target).toBe(9.2);
  });

  it('accepts every allowed design, and survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(allowedPolicy, (policy) => {
        const parsed = payPolicySchema.safeParse(JSON.parse(JSON.stringify(policy)));
        expect(parsed.error?.issues ?? []).toEqual([]);
        expect(parsed.data).toEqual(policy);
      }),
      { numRuns: 300 },
    );
  });

  it.each(forbidden)('refuses $rule on $field, whatever the rest of the design', ({ rule, field, make }) => {
    fc.assert(
      fc.property(allowedPolicy, (policy) => {
        expect(rulesOf(make(policy))).toContainEqual({ rule, field });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a productivity weight spread over two handle-time components past the cap', () => {
    const policy = withTeamHandleTime(defaultPayPolicy('2027-Q1'), 0.15);
    const twice = {
      ...policy,
      components: [
        ...policy.components,
        { measure: 'handle-time', level: 'individual', weight: 0.1, target: 300 },
      ],
    };
    const rules = rulesOf(twice).map((r) => r.rule);
    expect(rules).toContain('productivity-weight-over-cap');
    expect(rules).toContain('individual-handle-time');
  });

  it('accepts a productivity weight of exactly 20% and refuses 20.1%', () => {
    const base = defaultPayPolicy('2027-Q1');
    expect(rulesOf(withTeamHandleTime(base, 0.2))).toEqual([]);
    expect(rulesOf(withTeamHandleTime(base, 0.201)).map((r) => r.rule)).toEqual([
      'productivity-weight-over-cap',
    ]);
  });

  it('accepts a policy without productivity and without a quality gate', () => {
    const base = defaultPayPolicy('2027-Q1');
    const quality = base.components.filter((c) => c.measure !== 'handle-time');
    const rescaled = quality.map((c) => ({ ...c, weight: c.weight / 0.9 }));
    expect(rulesOf({ ...base, qualityGate: undefined, components: rescaled })).toEqual([]);
  });

  it('words every rule in French and English, naming the field', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const rule of payPolicyRules) expect(payPolicyMessages[locale][rule].length).toBeGreaterThan(20);
    }
    const result = payPolicySchema.safeParse({ ...defaultPayPolicy('2027-Q1'), award: 'quota' });
    expect(payPolicyProblems(result.error?.issues ?? [], 'fr')).toEqual([
      { field: 'award', rule: 'quota', message: payPolicyMessages.fr.quota },
    ]);
    const malformed = payPolicySchema.safeParse({ ...defaultPayPolicy('2027-Q1'), eligibility: {} });
    expect(payPolicyProblems(malformed.error?.issues ?? [], 'en')).toMatchObject([
      { field: 'eligibility.minimumResponses', rule: undefined },
    ]);
  });
});
