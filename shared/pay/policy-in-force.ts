import type { PayPolicy } from './pay-policy.schema.js';

/** A stored policy version; `publishedAt` (ISO instant) is absent while it is a draft. */
export interface PayPolicyVersion {
  readonly version: number;
  readonly policy: PayPolicy;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly publishedAt?: string | undefined;
  readonly publishedBy?: string | undefined;
}

export type PolicyInForce =
  | { readonly state: 'in-force'; readonly policy: PayPolicyVersion }
  | { readonly state: 'none'; readonly reason: 'no-policy-published-before-quarter' };

/** The instant a calendar quarter starts, midnight UTC on its first day (`2026-Q3` → 2026-07-01). */
export function quarterStart(quarter: string): Date {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new RangeError(`not a quarter: ${quarter}`);
  return new Date(Date.UTC(Number(match[1]), (Number(match[2]) - 1) * 3, 1));
}

const quarterOrder = (quarter: string) => quarterStart(quarter).getTime();

/**
 * The policy governing `quarter`: among versions published strictly before the quarter starts
 * and meant for it or earlier (`effectiveFrom`), the one published last. A version published
 * after the quarter started never applies to that quarter, so advisors know their objectives
 * from its first day. Drafts never apply.
 */
export function policyInForce(versions: readonly PayPolicyVersion[], quarter: string): PolicyInForce {
  const start = quarterStart(quarter).getTime();
  const candidates = versions.filter(
    (v) =>
      v.publishedAt !== undefined &&
      Date.parse(v.publishedAt) < start &&
      quarterOrder(v.policy.effectiveFrom) <= start,
  );
  const latest = candidates.reduce<PayPolicyVersion | undefined>((best, v) => {
    if (!best) return v;
    const byDate = Date.parse(v.publishedAt as string) - Date.parse(best.publishedAt as string);
    return byDate > 0 || (byDate === 0 && v.version > best.version) ? v : best;
  }, undefined);
  return latest
    ? { state: 'in-force', policy: latest }
    : { state: 'none', reason: 'no-policy-published-before-quarter' };
}

/** The quarter after `quarter` (`2026-Q4` → `2027-Q1`). */
/** The quarter before `quarter` (`2026-Q1` → `2025-Q4`). */
export function previousQuarter(quarter: string): string {
  const start = quarterStart(quarter);
  const day = new Date(start.getTime() - 86_400_000);
  return `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;
}

export function nextQuarter(quarter: string): string {
  const start = quarterStart(quarter);
  const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1));
  return `${next.getUTCFullYear()}-Q${next.getUTCMonth() / 3 + 1}`;
}

/**
 * The first quarter a policy published at `publishedAt` (ISO instant) can govern: its
 * `effectiveFrom`, or the first quarter starting after publication when that is later.
 */
export function firstQuarterGoverned(effectiveFrom: string, publishedAt: string): string {
  let quarter = effectiveFrom;
  while (quarterStart(quarter).getTime() <= Date.parse(publishedAt)) quarter = nextQuarter(quarter);
  return quarter;
}
