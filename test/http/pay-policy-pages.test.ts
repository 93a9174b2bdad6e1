import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../functions/adapters/sha256-hex.js';
import { verifyChain } from '../../shared/audit/audit-chain.js';
import { defaultPayPolicy } from '../../shared/pay/default-pay-policy.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let hr: string;
let payroll: string;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  await h.seed();
  hr = await h.signInAs(signInUsers.hr.email);
  payroll = await h.signInAs(signInUsers.payroll.email);
});

describe('the HR pay policy page', () => {
  it('walks HR from the consultation dates to a published policy, each step audited', async () => {
    const first = await h.request('GET', '/pay/policy', { cookie: hr });
    expect(first.status).toBe(200);
    expect(first.body).toContain('Aucune version enregistrée.');
    expect(first.body).toContain('<a href="/pay/policy">Paie variable</a>');
    const manager = await h.request('GET', '/', { cookie: await h.signInAs(signInUsers.manager.email) });
    expect(manager.body).not.toContain('href="/pay/policy"');
    expect(first.body).toContain('&quot;target&quot;: 8.5');

    const early = await h.request('POST', '/pay/enable', { cookie: hr, form: {} });
    expect(early.status).toBe(409);
    expect(early.body).toContain('cseConsultedOn');

    const admin = await h.signInAs(signInUsers.admin.email);
    const byHr = await h.request('POST', '/admin/pay-prerequisites', {
      cookie: hr,
      form: { cseConsultedOn: '2026-11-02', advisorsInformedOn: '2026-11-20' },
    });
    expect(byHr.status).toBe(404);
    expect(await h.deps.pay.prerequisites()).toBeUndefined();

    const future = await h.request('POST', '/admin/pay-prerequisites', {
      cookie: admin,
      form: { cseConsultedOn: '2026-11-02', advisorsInformedOn: '2026-12-15' },
    });
    expect(future.status).toBe(400);
    expect(future.body).toContain('advisorsInformedOn');
    // The admin reads English: the refusal is in English, naming the field.
    expect(future.body).toContain('a date in the future');
    const notADate = await h.request('POST', '/admin/pay-prerequisites', {
      cookie: admin,
      form: { cseConsultedOn: '02/11/2026', advisorsInformedOn: '2026-11-20' },
    });
    expect(notADate.status).toBe(400);
    expect(notADate.body).toContain('Date the CSE was consulted: a date such as 2026-11-02');
    expect(notADate.body).not.toContain('<code>cseConsultedOn</code>');
    expect(await h.deps.pay.prerequisites()).toBeUndefined();

    const dates = { cseConsultedOn: '2026-11-02', advisorsInformedOn: '2026-11-20' };
    expect((await h.request('POST', '/admin/pay-prerequisites', { cookie: admin, form: dates })).status).toBe(
      303,
    );
    const recorded = await h.request('GET', '/admin/pay-prerequisites', { cookie: admin });
    expect(recorded.body).toContain('2026-11-02');
    expect(recorded.body).toContain(`Recorded by ${signInUsers.admin.email}`);
    expect((await h.request('POST', '/pay/enable', { cookie: hr, form: {} })).status).toBe(303);

    const policy = defaultPayPolicy('2027-Q1');
    const forbidden = { ...policy, award: 'forced-ranking' };
    const refused = await h.request('POST', '/pay/policy/drafts', {
      cookie: hr,
      form: { policy: JSON.stringify(forbidden) },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Mode d’attribution\u00a0: Le classement forcé est interdit');
    expect(refused.body).toContain('forced-ranking&quot;');

    const saved = await h.request('POST', '/pay/policy/drafts', {
      cookie: hr,
      form: { policy: JSON.stringify(policy) },
    });
    expect(saved.status).toBe(303);
    expect(
      (await h.request('POST', '/pay/policy/publish', { cookie: hr, form: { version: '1' } })).status,
    ).toBe(303);
    expect(
      (await h.request('POST', '/pay/policy/publish', { cookie: hr, form: { version: '1' } })).status,
    ).toBe(409);

    const page = await h.request('GET', '/pay/policy', { cookie: payroll });
    expect(page.status).toBe(200);
    expect(page.body).toContain('publiée le 2026-11-30, s’applique à partir de 2027-Q1');
    expect(page.body).toContain('Lecture seule');
    for (const q of ['2026-Q4', '2026-Q3', '2026-Q2'])
      expect(page.body).toContain(`href="/pay/quarters/${q}"`);
    expect(page.body).not.toContain('action="/pay/policy/drafts"');

    const entries = await h.deps.audit.entries();
    expect(entries.map((e) => `${e.actor} ${e.action}`)).toEqual([
      `${signInUsers.admin.email} pay-prerequisites.recorded`,
      `${signInUsers.hr.email} pay-indicators.enabled`,
      `${signInUsers.hr.email} pay-policy.saved`,
      `${signInUsers.hr.email} pay-policy.published`,
    ]);
    expect(verifyChain(entries, sha256Hex)).toMatchObject({ state: 'intact', entries: 4 });
  });

  it('payroll cannot write: the same 404 as an unknown path, and nothing stored', async () => {
    const before = (await h.deps.pay.policyVersions()).length;
    const res = await h.request('POST', '/pay/policy/drafts', {
      cookie: payroll,
      form: { policy: JSON.stringify(defaultPayPolicy('2027-Q2')) },
    });
    expect(res.status).toBe(404);
    expect((await h.deps.pay.policyVersions()).length).toBe(before);
  });

  it('the editor checks a draft as hr types: the rules it breaks in hr’s language, nothing stored', async () => {
    const before = (await h.deps.pay.policyVersions()).length;
    const check = async (policy: string) => {
      const res = await h.app.request('http://localhost/pay/policy/check', {
        method: 'POST',
        headers: { cookie: hr, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify({ policy }),
      });
      return {
        status: res.status,
        json: (await res.json()) as {
          problems: { field: string; rule?: string; message: string }[];
          valid: string;
        },
      };
    };
    const ok = await check(JSON.stringify(defaultPayPolicy('2027-Q2')));
    expect(ok.status).toBe(200);
    expect(ok.json.problems).toEqual([]);
    expect(ok.json.valid).toBe('Cette politique respecte toutes les règles.');
    const ranked = await check(JSON.stringify({ ...defaultPayPolicy('2027-Q2'), award: 'forced-ranking' }));
    expect(ranked.json.problems.map((p) => p.rule)).toContain('forced-ranking');
    expect(ranked.json.problems.find((p) => p.rule === 'forced-ranking')?.message).toContain(
      'Le classement forcé est interdit',
    );
    const broken = await check('{"components": [');
    expect(broken.json.problems).toEqual([
      {
        field: 'policy',
        message: 'ce n’est pas du JSON valide',
        text: 'Politique\u00a0: ce n’est pas du JSON valide',
      },
    ]);
    expect((await h.deps.pay.policyVersions()).length).toBe(before);
    const page = await h.request('GET', '/pay/policy', { cookie: hr });
    expect(page.body).toMatch(/<script src="\/assets\/pay-policy-check.js" defer(="")?><\/script>/);
    expect(page.body).toContain('id="policy-live" aria-live="polite"');
    const script = await h.app.request('http://localhost/assets/pay-policy-check.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain("fetch('/pay/policy/check'");
  });
});
