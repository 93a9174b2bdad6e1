import { beforeAll, describe, expect, it } from 'vitest';
import { signInHarness, type signInUsers } from '../support/sign-in-harness.js';

const quarter = '2026-Q1';
const page = `/pay/quarters/${quarter}`;
let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies = {} as Record<keyof typeof signInUsers, string>;

const reviews = () => {
  if (!h.deps.reviews) throw new Error('the harness wires the quarter review');
  return h.deps.reviews;
};
const states = async () =>
  Object.fromEntries((await reviews().rows(quarter)).map((r) => [r.advisorId, r.review.state]));

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-03-30T09:00:00Z') });
  await h.seed();
  await h.publishDefaultPolicy(quarter);
  Object.assign(cookies, await h.signInEveryone());
});

describe('the quarter review pages', () => {
  it('hr computes, sees every advisor’s row, approves one; an override without a reason names `reason`', async () => {
    const before = await h.request('GET', page, { cookie: cookies.hr });
    expect(before.status).toBe(200);
    expect(before.body).toContain('pas encore calculées');

    const compute = await h.request('POST', `${page}/compute`, { cookie: cookies.hr, form: {} });
    expect(compute.status).toBe(303);
    expect(compute.headers.get('location')).toBe(page);

    const shown = await h.request('GET', page, { cookie: cookies.hr });
    expect(shown.status).toBe(200);
    for (const id of ['A1', 'B1']) {
      expect(shown.body).toContain(`/pay/quarters/${quarter}/rows/${id}/approve`);
    }
    // No customer answers in this centre: each advisor is ineligible, with the reason and counts.
    expect(shown.body).toContain('non éligible : 0 réponses');
    expect(await states()).toEqual({ A1: 'pending', B1: 'pending' });

    const approve = await h.request('POST', `${page}/rows/A1/approve`, { cookie: cookies.hr, form: {} });
    expect(approve.status).toBe(303);
    expect(await states()).toEqual({ A1: 'approved', B1: 'pending' });

    const noReason = await h.request('POST', `${page}/rows/B1/override`, {
      cookie: cookies.hr,
      form: { value: '1.1', reason: '' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toContain('Motif\u00a0: au moins 3 caractères');
    const nulReason = await h.request('POST', `${page}/rows/B1/override`, {
      cookie: cookies.hr,
      form: { value: '1.1', reason: '\u0000'.repeat(20) },
    });
    expect(nulReason.status).toBe(400);
    expect(nulReason.body).toContain('Motif\u00a0: du texte sans caractère de contrôle (comme NUL)');
    expect(await states()).toEqual({ A1: 'approved', B1: 'pending' });
  });

  it('close is refused while a row is pending (409 naming it), in the person’s language', async () => {
    const res = await h.request('POST', `${page}/close`, { cookie: cookies.hr, form: {} });
    expect(res.status).toBe(409);
    expect(res.body).toContain('La demande est refusée');
    expect(res.body).toContain('Lignes non revues\u00a0: non revues : B1');
    expect(res.body).toContain('non revues : B1');
    expect(res.body).not.toContain('not reviewed');
    expect(await h.deps.closedQuarters?.latestRevision(quarter)).toBeUndefined();
  });

  it('a bad quarter id answers a 400 page naming the field', async () => {
    const res = await h.request('GET', '/pay/quarters/2026-Q5', { cookie: cookies.hr });
    expect(res.status).toBe(400);
    expect(res.body).toContain('Trimestre\u00a0: un trimestre comme 2026-Q3');
    expect(res.body).not.toContain('<code>quarter</code>');
  });

  it('payroll reads the page without forms, and cannot write (404, nothing changed)', async () => {
    const read = await h.request('GET', page, { cookie: cookies.payroll });
    expect(read.status).toBe(200);
    expect(read.body).toContain('B1');
    expect(read.body).not.toContain('/approve');
    for (const [path, form] of [
      [`${page}/compute`, {}],
      [`${page}/rows/B1/approve`, {}],
      [`${page}/rows/B1/override`, { value: '1', reason: 'Payroll forging' }],
      [`${page}/close`, {}],
    ] as const) {
      const res = await h.request('POST', path, { cookie: cookies.payroll, form: { ...form } });
      expect(res.status).toBe(404);
    }
    expect(await states()).toEqual({ A1: 'approved', B1: 'pending' });
    expect(await h.deps.closedQuarters?.latestRevision(quarter)).toBeUndefined();
  });

  it.each(['manager', 'advisor', 'admin'] as const)('%s gets 404 on the page', async (name) => {
    const res = await h.request('GET', page, { cookie: cookies[name] });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('B1');
  });

  it('once every row is reviewed hr closes; payroll sees the revision, its rows and the export command', async () => {
    const override = await h.request('POST', `${page}/rows/B1/override`, {
      cookie: cookies.hr,
      form: { value: '1.05', reason: 'Arrivé en cours de trimestre' },
    });
    expect(override.status).toBe(303);
    const close = await h.request('POST', `${page}/close`, { cookie: cookies.hr, form: {} });
    expect(close.status).toBe(303);
    expect((await h.deps.closedQuarters?.latestRevision(quarter))?.revision).toBe(1);
    const read = await h.request('GET', page, { cookie: cookies.payroll });
    // A1 approved but ineligible has no row to pay; B1 is paid the override.
    expect(read.body).toContain('Révision 1 clôturée le 2026-03-30, lignes : 1.');
    expect(read.body).toContain(`npm run export -- ${quarter}`);
    const again = await h.request('POST', `${page}/compute`, { cookie: cookies.hr, form: {} });
    expect(again.status).toBe(409);
  });
});
