import { describe, expect, it } from 'vitest';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';
import {
  firstQuarterGoverned,
  nextQuarter,
  type PayPolicyVersion,
  policyInForce,
  quarterStart,
} from '../../../shared/pay/policy-in-force.js';

const version = (n: number, effectiveFrom: string, publishedAt?: string): PayPolicyVersion => ({
  version: n,
  policy: defaultPayPolicy(effectiveFrom),
  savedAt: '2026-01-01T00:00:00.000Z',
  savedBy: 'hr@example.com',
  publishedAt,
  publishedBy: publishedAt ? 'hr@example.com' : undefined,
});

const inForce = (versions: PayPolicyVersion[], quarter: string) => {
  const result = policyInForce(versions, quarter);
  return result.state === 'in-force' ? result.policy.version : result.reason;
};

describe('policy in force', () => {
  it('starts a quarter at midnight UTC on its first day', () => {
    expect(quarterStart('2026-Q3').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(quarterStart('2027-Q1').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => quarterStart('2026-Q5')).toThrow(RangeError);
  });

  it('applies a policy published before the quarter starts, and not one published on or after its start', () => {
    const early = version(1, '2026-Q3', '2026-06-30T23:59:59.999Z');
    const late = version(2, '2026-Q3', '2026-07-01T00:00:00.000Z');
    expect(inForce([late], '2026-Q3')).toBe('no-policy-published-before-quarter');
    expect(inForce([early, late], '2026-Q3')).toBe(1);
    expect(inForce([early, late], '2026-Q4')).toBe(2);
  });

  it('never applies a draft, nor a policy to quarters before its effectiveFrom', () => {
    expect(inForce([version(1, '2026-Q3')], '2026-Q4')).toBe('no-policy-published-before-quarter');
    expect(inForce([version(1, '2027-Q1', '2026-05-01T00:00:00.000Z')], '2026-Q4')).toBe(
      'no-policy-published-before-quarter',
    );
  });

  it('picks the policy published last among those that qualify, in any input order', () => {
    const versions = [
      version(3, '2026-Q1', '2026-03-15T10:00:00.000Z'),
      version(1, '2026-Q1', '2025-12-01T10:00:00.000Z'),
      version(2, '2026-Q2', '2026-02-01T10:00:00.000Z'),
    ];
    expect(inForce(versions, '2026-Q1')).toBe(1);
    expect(inForce(versions, '2026-Q2')).toBe(3);
    expect(inForce([...versions].reverse(), '2026-Q2')).toBe(3);
  });

  it('names the first quarter a publication can govern', () => {
    expect(nextQuarter('2026-Q4')).toBe('2027-Q1');
    expect(nextQuarter('2026-Q1')).toBe('2026-Q2');
    expect(firstQuarterGoverned('2027-Q1', '2026-12-31T23:59:59.999Z')).toBe('2027-Q1');
    expect(firstQuarterGoverned('2027-Q1', '2027-01-01T00:00:00.000Z')).toBe('2027-Q2');
    expect(firstQuarterGoverned('2026-Q1', '2026-11-30T12:00:00.000Z')).toBe('2027-Q1');
    const published = version(1, '2026-Q1', '2026-11-30T12:00:00.000Z');
    expect(inForce([published], '2026-Q4')).toBe('no-policy-published-before-quarter');
    expect(inForce([published], firstQuarterGoverned('2026-Q1', '2026-11-30T12:00:00.000Z'))).toBe(1);
  });
});
