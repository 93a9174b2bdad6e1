import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoAuditLog } from '../../functions/adapters/dynamo/audit.repository.js';
import { DynamoPayRepository } from '../../functions/adapters/dynamo/pay.repository.js';
import { sha256Hex } from '../../functions/adapters/sha256-hex.js';
import { ConflictError, NotFoundError, ValidationError } from '../../functions/services/errors.js';
import type { PayDeps } from '../../functions/services/pay/pay-deps.js';
import {
  advisorPolicyInForce,
  payPolicyInForce,
  publishPayPolicy,
  savePayPolicyDraft,
} from '../../functions/services/pay/pay-policy.service.js';
import {
  enablePayIndicators,
  recordPayPrerequisites,
} from '../../functions/services/pay/pay-prerequisites.service.js';
import { verifyChain } from '../../shared/audit/audit-chain.js';
import { payPolicyMessages } from '../../shared/i18n/pay-policy-messages.js';
import { defaultPayPolicy } from '../../shared/pay/default-pay-policy.js';
import { createTestDatabase } from '../support/test-tables.js';

let deps: PayDeps & { audit: DynamoAuditLog };
let now: Date;

beforeEach(async () => {
  const db = await createTestDatabase();
  now = new Date('2026-11-30T10:00:00.000Z');
  deps = {
    pay: new DynamoPayRepository(db.clients, db.config.MAIN_TABLE_NAME),
    audit: new DynamoAuditLog(db.clients, db.config.MAIN_TABLE_NAME),
    clock: { now: () => now },
  };
});

const hr = 'hr@example.com';
const admin = 'admin@example.com';

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (error: Error) => error,
  );
}

describe('before any pay use', () => {
  it('cannot enable pay indicators until both consultation dates are recorded, and not in the future', async () => {
    const none = await refusal(enablePayIndicators(deps, admin));
    expect(none).toBeInstanceOf(ConflictError);
    expect((none as ConflictError).problems.map((p) => p.path)).toEqual([
      'cseConsultedOn',
      'advisorsInformedOn',
    ]);

    const future = await refusal(
      recordPayPrerequisites(deps, { cseConsultedOn: '2026-11-15', advisorsInformedOn: '2026-12-01' }, admin),
    );
    expect(future).toBeInstanceOf(ValidationError);
    expect((future as ValidationError).problems).toEqual([
      { path: 'advisorsInformedOn', message: expect.stringContaining('future') },
    ]);
    expect(await deps.pay.prerequisites()).toBeUndefined();
    const missing = await refusal(recordPayPrerequisites(deps, { cseConsultedOn: '2026-11-15' }, admin));
    expect((missing as ValidationError).problems.map((p) => p.path)).toEqual(['advisorsInformedOn']);

    await recordPayPrerequisites(
      deps,
      { cseConsultedOn: '2026-11-15', advisorsInformedOn: '2026-11-30' },
      admin,
    );
    const enabled = await enablePayIndicators(deps, admin);
    expect(enabled).toMatchObject({ payEnabledAt: now.toISOString(), payEnabledBy: admin });
    expect((await enablePayIndicators(deps, admin)).payEnabledAt).toBe(now.toISOString());

    const entries = await deps.audit.entries();
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      [admin, 'pay-prerequisites.recorded'],
      [admin, 'pay-indicators.enabled'],
    ]);
    expect(entries[0]?.details).toEqual({ cseConsultedOn: '2026-11-15', advisorsInformedOn: '2026-11-30' });
  });
});

describe('pay policy versions', () => {
  it('refuses a forbidden design naming its rule, and stores nothing', async () => {
    const policy = defaultPayPolicy('2027-Q1');
    const individualAht = {
      ...policy,
      components: policy.components.map((c) =>
        c.measure === 'handle-time' ? { ...c, level: 'individual' } : c,
      ),
    };
    const error = await refusal(savePayPolicyDraft(deps, individualAht, hr, 'fr'));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { path: 'components.3.level', message: payPolicyMessages.fr['individual-handle-time'] },
    ]);
    expect((error as ValidationError).problems[0]?.message).toMatch(/^La durée moyenne de traitement/);
    expect(await deps.pay.policyVersions()).toEqual([]);
    expect(await deps.audit.entries()).toEqual([]);
  });

  it('publishes only once pay is enabled; a policy published after its quarter started governs the next one', async () => {
    const draft = await savePayPolicyDraft(deps, defaultPayPolicy('2026-Q4'), hr);
    expect(draft.version).toBe(1);
    expect((await savePayPolicyDraft(deps, defaultPayPolicy('2027-Q1'), hr)).version).toBe(2);

    expect(await refusal(publishPayPolicy(deps, 1, hr))).toBeInstanceOf(ConflictError);
    await recordPayPrerequisites(
      deps,
      { cseConsultedOn: '2026-11-02', advisorsInformedOn: '2026-11-20' },
      admin,
    );
    await enablePayIndicators(deps, admin);

    const published = await publishPayPolicy(deps, 1, hr);
    expect(published.firstQuarter).toBe('2027-Q1');
    expect(await payPolicyInForce(deps, '2026-Q4')).toEqual({
      state: 'none',
      reason: 'no-policy-published-before-quarter',
    });
    const inForce = await payPolicyInForce(deps, '2027-Q1');
    expect(inForce.state === 'in-force' && inForce.policy.version).toBe(1);
    expect(inForce.state === 'in-force' && inForce.policy.policy).toEqual(defaultPayPolicy('2026-Q4'));

    expect(await advisorPolicyInForce(deps, '2027-Q1')).toMatchObject({ state: 'in-force', version: 1 });
    expect(await advisorPolicyInForce(deps, '2026-Q4')).toMatchObject({ state: 'none' });

    expect(await refusal(publishPayPolicy(deps, 1, hr))).toBeInstanceOf(ConflictError);
    expect(await refusal(publishPayPolicy(deps, 9, hr))).toBeInstanceOf(NotFoundError);

    const entries = await deps.audit.entries();
    expect(entries.map((e) => `${e.actor} ${e.action} ${e.subject}`)).toEqual([
      `${hr} pay-policy.saved pay-policy#1`,
      `${hr} pay-policy.saved pay-policy#2`,
      `${admin} pay-prerequisites.recorded pay-prerequisites`,
      `${admin} pay-indicators.enabled pay-prerequisites`,
      `${hr} pay-policy.published pay-policy#1`,
    ]);
    expect(entries.at(-1)?.details).toEqual({
      version: 1,
      effectiveFrom: '2026-Q4',
      firstQuarter: '2027-Q1',
    });
    expect(verifyChain(entries, sha256Hex)).toMatchObject({ state: 'intact', entries: 5 });
  });
});
