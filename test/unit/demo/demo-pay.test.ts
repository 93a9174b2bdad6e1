import { describe, expect, it } from 'vitest';
import { currentPayQuarter } from '../../../functions/services/pay/advisor-pay.service.js';
import { weeksOfQuarter } from '../../../functions/services/pay/quarter-close.service.js';
import type { AuditLog } from '../../../functions/services/ports/audit.port.js';
import type { PayRepository } from '../../../functions/services/ports/pay.port.js';
import { seedDemoPay } from '../../../scripts/demo/demo-pay.js';
import { quarterOfWeek } from '../../../shared/advisor-results/week-range.js';
import type { PayPrerequisites } from '../../../shared/pay/pay-prerequisites.js';
import {
  type PayPolicyVersion,
  policyInForce,
  previousQuarter,
  quarterStart,
} from '../../../shared/pay/policy-in-force.js';
import { pulseWeekAskedAt } from '../../../shared/surveys/pulse-week-label.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { consecutiveWeeks, mondayOfIsoWeek } from '../../../shared/time/windows.js';

/** The pay store and audit log in memory: the demo's pay seeding only needs the ports. */
function memoryPay() {
  let prerequisites: PayPrerequisites | undefined;
  const versions: PayPolicyVersion[] = [];
  const actions: string[] = [];
  const pay: PayRepository = {
    prerequisites: async () => prerequisites,
    savePrerequisites: async (p) => {
      prerequisites = p;
    },
    policyVersions: async () => versions.map((v) => ({ ...v })),
    addPolicyVersion: async (v) => {
      if (versions.some((x) => x.version === v.version)) return false;
      versions.push(v);
      return true;
    },
    markPublished: async (version, publishedAt, publishedBy) => {
      const i = versions.findIndex((v) => v.version === version && !v.publishedAt);
      if (i < 0) return false;
      versions[i] = { ...(versions[i] as PayPolicyVersion), publishedAt, publishedBy };
      return true;
    },
  };
  const audit: AuditLog = {
    append: async (record) => {
      actions.push(`${record.at} ${record.action}`);
      return { ...record, seq: actions.length, prevHash: '', hash: '' };
    },
    entries: async () => [],
  };
  return { pay, audit, actions, state: () => ({ prerequisites, versions }) };
}

/** The demo's weeks at `now`: 26 ending with the week the pulse sent at `now` asks about. */
const demoWeeks = (now: Date) => {
  const last = pulseWeekAskedAt(now, isoWeekOf);
  const first = isoWeekOf(new Date(mondayOfIsoWeek(last).getTime() - 25 * 7 * 86_400_000));
  return consecutiveWeeks(first, 26, isoWeekOf);
};

describe('the demo pay history', () => {
  it('makes the last complete quarter payable through the pay services, each step dated before it', async () => {
    const now = new Date('2026-12-07T09:00:00Z');
    const m = memoryPay();
    const { quarter } = await seedDemoPay(m, { weeks: demoWeeks(now), now });
    expect(quarter).toBe('2026-Q3');
    const { prerequisites, versions } = m.state();
    expect(prerequisites?.payEnabledAt).toBeDefined();
    expect(prerequisites && prerequisites.cseConsultedOn <= prerequisites.advisorsInformedOn).toBe(true);
    const start = quarterStart(quarter).toISOString();
    expect((prerequisites?.advisorsInformedOn ?? '9') < start.slice(0, 10)).toBe(true);
    const inForce = policyInForce(versions, quarter);
    expect(inForce.state).toBe('in-force');
    expect(policyInForce(versions, previousQuarter(quarter)).state).toBe('none');
    expect(m.actions.map((a) => a.split(' ')[1])).toEqual([
      'pay-prerequisites.recorded',
      'pay-indicators.enabled',
      'pay-policy.saved',
      'pay-policy.published',
    ]);
    const times = m.actions.map((a) => a.split(' ')[0] ?? '');
    expect([...times].sort()).toEqual(times);
    expect(times.every((t) => t < start)).toBe(true);
  });

  it('on every day of 2026–2033 the 26 demo weeks hold every week the quarter counts', async () => {
    for (let t = Date.UTC(2026, 0, 1, 9); t < Date.UTC(2034, 0, 1); t += 86_400_000) {
      const now = new Date(t);
      const weeks = demoWeeks(now);
      const quarter = previousQuarter(currentPayQuarter(now));
      const counted = weeksOfQuarter(quarter).filter((w) => quarterOfWeek(w) === quarter);
      expect(
        counted.every((w) => weeks.includes(w)),
        now.toISOString(),
      ).toBe(true);
    }
    const now = new Date('2026-12-07T09:00:00Z');
    await expect(seedDemoPay(memoryPay(), { weeks: demoWeeks(now).slice(8), now })).rejects.toThrow(
      /do not cover 2026-Q3 \(missing 2026-W27/,
    );
  });
});
