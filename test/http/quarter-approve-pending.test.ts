import { beforeAll, describe, expect, it } from 'vitest';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

/** HR approves every row still pending in one step, after reading the explanations. */
let h: Awaited<ReturnType<typeof signInHarness>>;
let hr: string;
let payroll: string;
const quarter = '2026-Q1';
const page = `/pay/quarters/${quarter}`;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-04-02T09:00:00Z') });
  await h.seed();
  await h.publishDefaultPolicy(quarter);
  hr = await h.signInAs(signInUsers.hr.email);
  payroll = await h.signInAs(signInUsers.payroll.email);
}, 120_000);

const states = async () =>
  Object.fromEntries(((await h.deps.reviews?.rows(quarter)) ?? []).map((r) => [r.advisorId, r.review.state]));

describe('approving every pending row of a quarter', () => {
  it('before the quarter is computed it is refused naming the quarter, and nothing is stored', async () => {
    const res = await h.request('POST', `${page}/approve-pending`, { cookie: hr, form: {} });
    expect(res.status).toBe(409);
    expect(res.body).toContain(`Trimestre\u00a0: ${quarter} n’a pas été calculé`);
    expect(await states()).toEqual({});
  });

  it('approves the pending rows as computed, keeps an override, audits each approval, then offers it no more', async () => {
    expect((await h.request('POST', `${page}/compute`, { cookie: hr, form: {} })).status).toBe(303);
    const computed = await h.request('GET', page, { cookie: hr });
    expect(computed.body).toContain(`action="${page}/approve-pending"`);
    expect(computed.body).toContain('Approuver telles que calculées les 2 lignes à revoir');
    expect(
      (
        await h.request('POST', `${page}/rows/B1/override`, {
          cookie: hr,
          form: { value: '0.9', reason: 'Revue' },
        })
      ).status,
    ).toBe(303);
    const before = (await h.deps.audit.entries()).length;
    expect((await h.request('POST', `${page}/approve-pending`, { cookie: hr, form: {} })).status).toBe(303);
    expect(await states()).toEqual({ A1: 'approved', B1: 'overridden' });
    const added = (await h.deps.audit.entries()).slice(before).map((e) => `${e.action} ${e.subject}`);
    expect(added).toEqual([`pay-quarter.approved pay-indicator#${quarter}#A1`]);
    const after = await h.request('GET', page, { cookie: hr });
    expect(after.body).not.toContain('/approve-pending');
  });

  it('payroll sees no such form and cannot use it (the unknown-path 404, nothing changed)', async () => {
    const read = await h.request('GET', page, { cookie: payroll });
    expect(read.body).not.toContain('/approve-pending');
    const res = await h.request('POST', `${page}/approve-pending`, { cookie: payroll, form: {} });
    expect(res.status).toBe(404);
    expect(await states()).toEqual({ A1: 'approved', B1: 'overridden' });
  });
});
