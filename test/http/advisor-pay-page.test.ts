import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import type { PayPolicy } from '../../shared/pay/pay-policy.schema.js';
import { advisorSchema, teamSchema } from '../../shared/roster/index.js';
import { advisor, interaction, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';
import { type PageResponse, signInHarness, signInUsers } from '../support/sign-in-harness.js';
import { CapturingMailer, linkIn } from '../support/survey-harness.js';

const quarter = '2026-Q4';
const page = '/me/pay';
let h: Awaited<ReturnType<typeof signInHarness>>;
const mailer = new CapturingMailer();
const cookies = {} as Record<keyof typeof signInUsers, string>;

interface Answer {
  satisfaction: number;
  recommendation: number;
  resolved: boolean;
  comment?: string;
}

/** A1's customer answers: two in 2026-W46, six in 2026-W47 (quarter 2026-Q4). */
const a1LastWeek: Answer[] = [
  { satisfaction: 4, recommendation: 5, resolved: false, comment: 'A1 produit défectueux, rien à voir.' },
  { satisfaction: 6, recommendation: 6, resolved: true },
];
const a1ThisWeek: Answer[] = [
  { satisfaction: 9, recommendation: 9, resolved: true, comment: 'A1 très à l’écoute, merci.' },
  { satisfaction: 8, recommendation: 9, resolved: true },
  { satisfaction: 10, recommendation: 10, resolved: true, comment: 'A1 réglé du premier coup.' },
  { satisfaction: 9, recommendation: 8, resolved: false },
  { satisfaction: 7, recommendation: 9, resolved: true },
  { satisfaction: 9, recommendation: 10, resolved: true },
];
const b1ThisWeek: Answer[] = [
  { satisfaction: 3, recommendation: 2, resolved: false, comment: 'B1-SECRET rappel sans réponse.' },
  { satisfaction: 4, recommendation: 3, resolved: false },
  { satisfaction: 5, recommendation: 6, resolved: true },
  { satisfaction: 2, recommendation: 1, resolved: false },
  { satisfaction: 4, recommendation: 4, resolved: false },
];

/** The policy governing 2026-Q4: own results only, no shrinkage, so each figure is the advisor's mean. */
const policy: PayPolicy = {
  schemaVersion: 1,
  name: 'Politique 2026-Q4',
  effectiveFrom: quarter,
  components: [
    { measure: 'satisfaction', level: 'individual', weight: 0.5, target: 8.5 },
    { measure: 'recommendation', level: 'individual', weight: 0.3, target: 9.2 },
    { measure: 'once-and-done', level: 'individual', weight: 0.2, target: 0.8 },
  ],
  award: 'against-targets',
  eligibility: { minimumResponses: 5 },
  shrinkage: { enabled: false, toward: 'team', method: 'empirical-bayes' },
  limits: { componentFloor: 0, componentCap: 1.2, indicatorFloor: 0, indicatorCap: 1.2 },
};
/** Already published for 2027-Q1: adds the team's handle time behind a gate. */
const nextPolicy: PayPolicy = {
  ...policy,
  name: 'Politique 2027',
  effectiveFrom: '2027-Q1',
  components: [
    { measure: 'satisfaction', level: 'individual', weight: 0.6, target: 8.5 },
    { measure: 'recommendation', level: 'individual', weight: 0.2, target: 9.2 },
    { measure: 'handle-time', level: 'team', weight: 0.2, target: 300 },
  ],
  qualityGate: { measure: 'satisfaction', minimum: 8 },
};

const frPercent = (x: number) =>
  new Intl.NumberFormat('fr-FR', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(x);
const frNumber = (x: number) =>
  new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);

/** What the policy makes of answers, computed here from the scores alone. */
function expected(answers: readonly Answer[]) {
  const n = answers.length;
  const mean = (f: (a: Answer) => number) => answers.reduce((s, a) => s + f(a), 0) / n;
  const sat = mean((a) => a.satisfaction);
  const rec = mean((a) => a.recommendation);
  const ood = mean((a) => (a.resolved ? 1 : 0));
  const attain = (v: number, target: number) => Math.min(1.2, Math.max(0, v / target));
  const parts = {
    satisfaction: { value: sat, attainment: attain(sat, 8.5), weight: 0.5 },
    recommendation: { value: rec, attainment: attain(rec, 9.2), weight: 0.3 },
    'once-and-done': { value: ood, attainment: attain(ood, 0.8), weight: 0.2 },
  };
  const total = Object.values(parts).reduce((s, p) => s + p.weight * p.attainment, 0);
  return { n, parts, total: Math.min(1.2, total) };
}

function post(path: string, form: Record<string, string>, cookie?: string) {
  return h.request('POST', path, { form, cookie });
}

/** Records contacts for `advisorId` now, sends their surveys and answers each. */
async function answerContacts(advisorId: string, tag: string, answers: readonly Answer[]) {
  const now = h.clock.now();
  const contacts = answers.map((_, i) => interaction(`${tag}-${i}`, advisorId, now, 30 + i));
  await recordInteractionBatch(h.deps, {}, { interactions: contacts });
  await dispatchCustomerSurveys({ ...h.deps, mailer, publicBaseUrl: 'http://duopulse.test' });
  for (const [i, contact] of contacts.entries()) {
    const mail = mailer.to(contact.customerEmail)[0];
    if (!mail) throw new Error(`no survey mail for ${contact.externalId}`);
    const a = answers[i] as Answer;
    const res = await post(linkIn(mail, '/s/c/').split('?')[0] ?? '', {
      satisfaction: String(a.satisfaction),
      recommendation: String(a.recommendation),
      resolved: a.resolved ? 'yes' : 'no',
      ...(a.comment ? { comment: a.comment } : {}),
    });
    expect(res.status).toBe(200);
  }
}

const reviews = () => {
  if (!h.deps.reviews) throw new Error('the harness wires the quarter review');
  return h.deps.reviews;
};
/** The response id of A1's or B1's commented response. */
async function responseIdOf(advisorId: string, comment: string) {
  const rated = await reviews().advisorRatedResponses(advisorId, '2026-W40', '2026-W53', 50);
  const found = rated.find((r) => r.comment === comment);
  if (!found) throw new Error(`no rated response "${comment}"`);
  return found.responseId;
}

/** The HTML of one component's row. */
function componentRow(body: string, id: string): string {
  const match = new RegExp(`<tr data-component="${id.replace('.', '\\.')}">([\\s\\S]*?)</tr>`).exec(body);
  if (!match) throw new Error(`no row ${id}`);
  return match[1] as string;
}

function expectComponents(body: string, answers: readonly Answer[]) {
  const e = expected(answers);
  for (const [measure, p] of Object.entries(e.parts)) {
    const row = componentRow(body, `${measure}.individual`);
    const value = measure === 'once-and-done' ? frPercent(p.value) : frNumber(p.value);
    expect(row, measure).toContain(`n = ${e.n}, ${value}`);
    expect(row, measure).toContain(frPercent(p.attainment));
    expect(row, measure).toContain(frPercent(p.weight * p.attainment));
  }
}

const withoutPath = (res: PageResponse) => res.body.replaceAll(/No route for [A-Z]+ \S+"/g, 'No route"');

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-11T10:00:00Z') });
  await h.deps.roster.upsertTeams([teamSchema.parse(lyonTeam), teamSchema.parse(lilleTeam)]);
  await h.deps.roster.upsertAdvisors([
    advisorSchema.parse({ ...advisor('A1'), firstName: 'Alice', locale: 'fr' }),
    advisorSchema.parse({ ...advisor('B1'), firstName: 'Bruno', locale: 'fr' }),
  ]);
  for (const user of Object.values(signInUsers)) await addUser(h.deps, user);
  for (const [version, p, publishedAt] of [
    [1, policy, '2026-09-01T08:00:00Z'],
    [2, nextPolicy, '2026-11-02T08:00:00Z'],
  ] as const) {
    await h.deps.pay.addPolicyVersion({
      version,
      policy: p,
      savedAt: publishedAt,
      savedBy: signInUsers.hr.email,
      publishedAt,
      publishedBy: signInUsers.hr.email,
    });
  }
  await answerContacts('A1', 'a1-w46', a1LastWeek);
  h.clock.current = new Date('2026-11-18T10:00:00Z');
  await answerContacts('A1', 'a1-w47', a1ThisWeek);
  await answerContacts('B1', 'b1-w47', b1ThisWeek);
  for (const name of Object.keys(signInUsers) as (keyof typeof signInUsers)[]) {
    cookies[name] = await h.signInAs(signInUsers[name].email);
  }
}, 120_000);

describe("the advisor's pay page", () => {
  it('says plainly that pay is not enabled, with no figure and no form', async () => {
    const res = await h.request('GET', page, { cookie: cookies.advisor });
    expect(res.status).toBe(200);
    expect(res.body).toContain('Les indicateurs de rémunération variable ne sont pas activés');
    expect(res.body).not.toContain('n = ');
    expect(res.body).not.toContain('/me/pay/contests');
    expect(res.body).not.toContain('50\u202f%');
  });

  it('shows the policy in force, the next one published, and a labelled preview of A1’s own components', async () => {
    await h.deps.pay.savePrerequisites({
      cseConsultedOn: '2026-08-01',
      advisorsInformedOn: '2026-08-15',
      recordedBy: signInUsers.admin.email,
      recordedAt: '2026-08-16T08:00:00Z',
      payEnabledAt: '2026-08-20T08:00:00Z',
      payEnabledBy: signInUsers.hr.email,
    });
    const res = await h.request('GET', page, { cookie: cookies.advisor });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = res.body;
    expect(body).toContain('<html lang="fr">');
    expect(body).toContain('Politique en vigueur pour 2026-Q4 (version 1) :');
    expect(body).toContain('50\u202f% : satisfaction client (vos propres résultats), objectif 8,5/10.');
    expect(body).toContain(
      '20\u202f% : résolution au premier contact (vos propres résultats), objectif 80\u202f%.',
    );
    expect(body).toContain('En dessous de 5 réponses clients dans le trimestre');
    expect(body).toContain('Chaque composante compte entre 0\u00a0% et 120\u00a0% de son objectif');
    expect(body).toContain(
      'cette politique ne rapproche donc vos résultats de ceux de votre équipe que sous 5 réponses',
    );
    expect(body).toContain('elle ne compte que pour l’équipe');
    expect(body).toContain('Le bien-être n’entre jamais dans votre rémunération.');
    expect(body).toContain('Déjà publiée pour 2027-Q1');
    expect(body).toContain(
      '20\u202f% : durée moyenne de traitement (de votre équipe), objectif 300\u202fs au plus.',
    );
    expect(body).toContain('data-indicator="preview"');
    expect(body).toContain('Aperçu provisoire');
    expect(body).toContain('8 réponses clients ce trimestre (minimum 5).');
    expectComponents(body, [...a1LastWeek, ...a1ThisWeek]);
    // A preview has no total: the final value is computed at close.
    expect(body).not.toContain('Indicateur proposé');
    for (const c of [
      'A1 produit défectueux, rien à voir.',
      'A1 très à l’écoute, merci.',
      'A1 réglé du premier coup.',
    ])
      expect(body).toContain(c);
    expect(body.match(/action="\/me\/pay\/contests"/g)).toHaveLength(3);
    expect(body).not.toContain('B1-SECRET');
    expect(body).not.toMatch(/style="/);
    expect(body).not.toMatch(/<script/);
    expect(body).toMatch(/<a href="\/me\/pay">Ma rémunération variable<\/a>/);
  });

  it('is linked from /me, names no advisor, and shows B1 only B1', async () => {
    expect((await h.request('GET', '/me', { cookie: cookies.advisor })).body).toContain('href="/me/pay"');
    const asking = await h.request('GET', `${page}?advisorId=B1&advisor=B1`, { cookie: cookies.advisor });
    expect(asking.body).not.toContain('B1-SECRET');
    const named = await h.request('GET', `${page}/B1`, { cookie: cookies.advisor });
    const unknown = await h.request('GET', `${page}/B1-nothing-here`, { cookie: cookies.advisor });
    expect(named.status).toBe(404);
    expect(withoutPath(named)).toBe(withoutPath(unknown));
    const b1 = await h.request('GET', page, { cookie: cookies.otherAdvisor });
    expect(b1.body).toContain('B1-SECRET rappel sans réponse.');
    expect(b1.body).not.toContain('A1 ');
    expectComponents(b1.body, b1ThisWeek);
  });

  it('answers a bad quarter with 400 naming the field', async () => {
    const res = await h.request('GET', `${page}?quarter=2026-Q5`, { cookie: cookies.advisor });
    expect(res.status).toBe(400);
    expect(res.body).toContain('Trimestre\u00a0: un trimestre comme 2026-Q4');
  });

  it('refuses a colleague’s response with 404 in French, storing nothing', async () => {
    const b1Response = await responseIdOf('B1', 'B1-SECRET rappel sans réponse.');
    const res = await post(
      `${page}/contests`,
      { quarter, responseId: b1Response, reason: 'Ce client parle d’un autre conseiller.' },
      cookies.advisor,
    );
    expect(res.status).toBe(404);
    expect(res.body).toContain('<html lang="fr">');
    expect(res.body).toContain('Aucune de vos réponses de ce trimestre ne porte cet identifiant.');
    expect(res.body).not.toContain('B1-SECRET');
    expect(await reviews().contests(quarter)).toEqual([]);
    expect((await h.deps.audit.entries()).map((e) => e.action)).not.toContain('pay-contest.opened');
  });

  it('refuses a reason too short or too long with 400 naming the field in French', async () => {
    const id = await responseIdOf('A1', 'A1 produit défectueux, rien à voir.');
    const short = await post(
      `${page}/contests`,
      { quarter, responseId: id, reason: '  court  ' },
      cookies.advisor,
    );
    expect(short.status).toBe(400);
    expect(short.body).toContain('Motif\u00a0: au moins 10 caractères');
    const long = await post(
      `${page}/contests`,
      { quarter, responseId: id, reason: 'x'.repeat(501) },
      cookies.advisor,
    );
    expect(long.status).toBe(400);
    expect(long.body).toContain('Motif\u00a0: au plus 500 caractères');
    const missing = await post(`${page}/contests`, { quarter, responseId: id }, cookies.advisor);
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('Motif\u00a0: champ obligatoire');
    expect(await reviews().contests(quarter)).toEqual([]);
  });
});

describe('a contest from the advisor page to HR and back', () => {
  const reason = 'La note porte sur un produit défectueux, pas sur mon accueil.';
  let contested = '';

  it('shows HR’s computed row once the quarter is computed', async () => {
    const compute = await post(`/pay/quarters/${quarter}/compute`, {}, cookies.hr);
    expect(compute.status).toBe(303);
    const body = (await h.request('GET', page, { cookie: cookies.advisor })).body;
    expect(body).toContain('data-indicator="computed"');
    expect(body).not.toContain('Aperçu provisoire');
    expectComponents(body, [...a1LastWeek, ...a1ThisWeek]);
    const total = expected([...a1LastWeek, ...a1ThisWeek]).total;
    expect(body).toContain(`Indicateur proposé\u00a0: <strong>${frPercent(total)}</strong>`);
    expect(body).toContain('Revue des RH\u00a0: en attente de revue');
  });

  it('records A1’s contest, shows it to A1 and to HR; a second contest of it is 409', async () => {
    contested = await responseIdOf('A1', 'A1 produit défectueux, rien à voir.');
    const res = await post(`${page}/contests`, { quarter, responseId: contested, reason }, cookies.advisor);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/me/pay?quarter=${quarter}#rated-responses`);
    const mine = (await h.request('GET', page, { cookie: cookies.advisor })).body;
    expect(mine).toContain(`data-contest="${contested}" data-contest-state="open"`);
    expect(mine).toContain('Contestation en attente de décision des RH');
    expect(mine).toContain(reason);
    expect(mine.match(/action="\/me\/pay\/contests"/g)).toHaveLength(2);
    const again = await post(`${page}/contests`, { quarter, responseId: contested, reason }, cookies.advisor);
    expect(again.status).toBe(409);
    expect(again.body).toContain('Cette note est déjà contestée.');
    const hrPage = (await h.request('GET', `/pay/quarters/${quarter}`, { cookie: cookies.hr })).body;
    expect(hrPage).toContain(contested);
    expect(hrPage).toContain(reason);
    expect(await reviews().contests(quarter)).toHaveLength(1);
  });

  it('once HR accepts it, A1’s indicator no longer counts that rating, and A1 reads HR’s answer', async () => {
    const accept = await post(
      `/pay/quarters/${quarter}/contests/${contested}/resolve`,
      { decision: 'accept', reason: 'Réclamation produit, hors de votre contrôle.' },
      cookies.hr,
    );
    expect(accept.status).toBe(303);
    const body = (await h.request('GET', page, { cookie: cookies.advisor })).body;
    expect(body).toContain(`data-contest="${contested}" data-contest-state="accepted"`);
    expect(body).toContain('Contestation acceptée : la note ne compte plus');
    expect(body).toContain('Réclamation produit, hors de votre contrôle.');
    const counted = [...a1LastWeek.slice(1), ...a1ThisWeek];
    expectComponents(body, counted);
    expect(body).toContain(
      `Indicateur proposé\u00a0: <strong>${frPercent(expected(counted).total)}</strong>`,
    );
  });

  it('shows the page in English to an advisor who reads English', async () => {
    const cookie = await h.signInAs(signInUsers.otherAdvisor.email);
    await h.request('POST', '/account/language', { cookie, form: { locale: 'en' } });
    try {
      const res = await h.request('GET', page, { cookie });
      expect(res.body).toContain('<html lang="en">');
      expect(res.body).toContain('Policy in force for 2026-Q4 (version 1):');
      expect(res.body).toContain('HR review: awaiting review');
      const bad = await post(`${page}/contests`, { quarter, responseId: 'x', reason: 'short' }, cookie);
      expect(bad.body).toContain('Reason: at least 10 characters');
    } finally {
      await h.request('POST', '/account/language', { cookie, form: { locale: 'fr' } });
    }
  });

  it('refuses any contest once the quarter is closed (409 in French), and shows no form', async () => {
    for (const id of ['A1', 'B1']) await post(`/pay/quarters/${quarter}/rows/${id}/approve`, {}, cookies.hr);
    const close = await post(`/pay/quarters/${quarter}/close`, {}, cookies.hr);
    expect(close.status).toBe(303);
    const other = await responseIdOf('A1', 'A1 très à l’écoute, merci.');
    const res = await post(`${page}/contests`, { quarter, responseId: other, reason }, cookies.advisor);
    expect(res.status).toBe(409);
    expect(res.body).toContain('Ce trimestre est clôturé : il ne peut plus être contesté.');
    expect(await reviews().contests(quarter)).toHaveLength(1);
    const body = (await h.request('GET', page, { cookie: cookies.advisor })).body;
    expect(body).not.toContain('action="/me/pay/contests"');
    expect(body).toContain('Revue des RH\u00a0: approuvé');
  });
});
