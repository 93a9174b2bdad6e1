import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { defaultPayPolicy } from '../../shared/pay/default-pay-policy.js';
import type { Locale } from '../../shared/roster/index.js';
import { type PageResponse, signInHarness, signInUsers } from '../support/sign-in-harness.js';

/**
 * Every refusal of the pay pages names the field in the person's language: the field's name
 * (« Trimestre », "Quarter"), never the form's key in code, and what is wrong in the same
 * language, for French and English readers alike. Nothing is stored by a refusal.
 */
let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies: Record<string, Record<Locale, string>> = {};
const quarter = '2026-Q3';

const users = {
  hr: { fr: signInUsers.hr.email, en: 'hr.en@centre.example' },
  payroll: { fr: signInUsers.payroll.email, en: 'payroll.en@centre.example' },
  admin: { fr: 'admin.fr@centre.example', en: signInUsers.admin.email },
  advisor: { fr: signInUsers.advisor.email, en: 'a1.en@centre.example' },
} as const;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  await h.seed();
  await addUser(h.deps, { email: users.hr.en, role: 'hr', locale: 'en' });
  await addUser(h.deps, { email: users.payroll.en, role: 'payroll', locale: 'en' });
  await addUser(h.deps, { email: users.admin.fr, role: 'admin', locale: 'fr' });
  await addUser(h.deps, { email: users.advisor.en, role: 'advisor', advisorId: 'A1', locale: 'en' });
  for (const [role, byLocale] of Object.entries(users))
    cookies[role] = { fr: await h.signInAs(byLocale.fr), en: await h.signInAs(byLocale.en) };
}, 120_000);

/** The text of the page's refusal list (role="alert"), tags removed, entities read. */
function refusal(res: PageResponse): string {
  const alert = /<div class="card problems" role="alert">([\s\S]*?)<\/div>/.exec(res.body)?.[1] ?? '';
  return alert
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** Form keys a person must never read as a field's name. */
const rawKeys =
  /\b(quarter|revision|payrollId|responseId|reason|value|file|cseConsultedOn|advisorsInformedOn|payEnabledAt|correctionReason|decision)\b/;
/** Keys no reader of either language should meet (English words may name a quarter or a version). */
const camelCaseKeys =
  /\b(payrollId|responseId|cseConsultedOn|advisorsInformedOn|payEnabledAt|correctionReason)\b/;
/** English a French reader must never meet in a refusal. */
const english =
  /\b(the|not|is|was|no|at least|at most|such as|before|invalid|expected|required|choose|already)\b/i;

/** A refusal page: the status, the field named in `locale`, no form key, no other language. */
function expectRefusal(res: PageResponse, status: number, locale: Locale, line: string) {
  expect(res.status).toBe(status);
  expect(res.body).toContain(`<html lang="${locale}">`);
  const text = refusal(res);
  expect(text).toContain(line);
  expect(res.body).not.toMatch(/<code>[A-Za-z]+<\/code>/);
  expect(text).not.toMatch(camelCaseKeys);
  if (locale === 'fr') {
    expect(text).not.toMatch(rawKeys);
    expect(text).not.toMatch(english);
  }
}

const colon = (locale: Locale) => (locale === 'fr' ? '\u00a0: ' : ': ');

describe('refusals on the quarter review page', () => {
  for (const locale of ['fr', 'en'] as const) {
    const c = () => cookies.hr?.[locale] as string;
    it(`computing a quarter no policy governs names the quarter (${locale})`, async () => {
      const res = await h.request('POST', `/pay/quarters/${quarter}/compute`, { cookie: c(), form: {} });
      expectRefusal(
        res,
        409,
        locale,
        locale === 'fr'
          ? `Trimestre${colon(locale)}aucune politique de rémunération n’a été publiée avant le début de ${quarter}`
          : `Quarter${colon(locale)}no pay policy was published before ${quarter} started`,
      );
      expect(await h.deps.reviews?.rows(quarter)).toEqual([]);
    });

    it(`a bad quarter in the address names the quarter (${locale})`, async () => {
      const res = await h.request('GET', '/pay/quarters/2026-Q5', { cookie: c() });
      expectRefusal(
        res,
        400,
        locale,
        locale === 'fr'
          ? 'Trimestre\u00a0: un trimestre comme 2026-Q3'
          : 'Quarter: a quarter such as 2026-Q3',
      );
    });

    it(`an override without a number or a reason names both (${locale})`, async () => {
      const res = await h.request('POST', `/pay/quarters/${quarter}/rows/A1/override`, {
        cookie: c(),
        form: { value: 'beaucoup', reason: '' },
      });
      expectRefusal(
        res,
        400,
        locale,
        locale === 'fr'
          ? 'Valeur retenue\u00a0: un nombre entre 0 et 5'
          : 'Value to pay: a number from 0 to 5',
      );
      expect(refusal(res)).toContain(
        locale === 'fr' ? 'Motif\u00a0: au moins 3 caractères' : 'Reason: at least 3 characters',
      );
    });

    it(`an unknown row and an unknown contest are named (${locale})`, async () => {
      const row = await h.request('POST', `/pay/quarters/${quarter}/rows/ZZ9/approve`, {
        cookie: c(),
        form: {},
      });
      expectRefusal(
        row,
        404,
        locale,
        locale === 'fr'
          ? 'Conseiller\u00a0: aucune proposition pour ZZ9 dans ce trimestre'
          : 'Advisor: no proposal for ZZ9 in this quarter',
      );
      const contest = await h.request('POST', `/pay/quarters/${quarter}/contests/r-none/resolve`, {
        cookie: c(),
        form: { decision: 'maybe', reason: 'ok' },
      });
      expectRefusal(
        contest,
        400,
        locale,
        locale === 'fr'
          ? 'Décision\u00a0: choisissez « Accepter » ou « Rejeter »'
          : 'Decision: choose “Accept” or “Reject”',
      );
      const close = await h.request('POST', `/pay/quarters/${quarter}/close`, { cookie: c(), form: {} });
      expectRefusal(
        close,
        409,
        locale,
        locale === 'fr'
          ? `Trimestre\u00a0: ${quarter} n’a pas été calculé`
          : `Quarter: ${quarter} was not computed`,
      );
    });
  }
});

describe('refusals on the policy and prerequisites pages', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`enabling or publishing before the prerequisites, and a malformed policy, name their field (${locale})`, async () => {
      const cookie = cookies.hr?.[locale] as string;
      const enable = await h.request('POST', '/pay/enable', { cookie, form: {} });
      expectRefusal(
        enable,
        409,
        locale,
        locale === 'fr'
          ? 'Date de consultation du CSE\u00a0: pas encore enregistrée'
          : 'Date the CSE was consulted: not recorded yet',
      );
      const version = await h.request('POST', '/pay/policy/publish', { cookie, form: { version: 'un' } });
      expectRefusal(
        version,
        400,
        locale,
        locale === 'fr'
          ? 'Version de la politique\u00a0: un numéro de version (1, 2, …)'
          : 'Policy version: a version number (1, 2, …)',
      );
      const publish = await h.request('POST', '/pay/policy/publish', { cookie, form: { version: '7' } });
      expectRefusal(
        publish,
        409,
        locale,
        locale === 'fr'
          ? 'Activation des indicateurs\u00a0: les indicateurs ne sont pas activés'
          : 'Pay indicators enabled: pay indicators are not enabled',
      );
      const malformed = await h.request('POST', '/pay/policy/drafts', {
        cookie,
        form: { policy: JSON.stringify({ schemaVersion: 1, eligibility: {} }) },
      });
      expectRefusal(
        malformed,
        400,
        locale,
        locale === 'fr'
          ? 'Éligibilité (eligibility.minimumResponses)\u00a0: valeur manquante'
          : 'Eligibility (eligibility.minimumResponses): missing',
      );
      expect(refusal(malformed)).not.toMatch(/Invalid input|expected (number|string|object)/);
      expect(await h.deps.pay.policyVersions()).toEqual([]);
    });

    it(`the live check names the field in the editor's language (${locale})`, async () => {
      const check = async (policy: unknown) => {
        const res = await h.app.request('http://localhost/pay/policy/check', {
          method: 'POST',
          headers: {
            cookie: cookies.hr?.[locale] as string,
            'content-type': 'application/json',
            'sec-fetch-site': 'same-origin',
          },
          body: JSON.stringify({ policy: JSON.stringify(policy) }),
        });
        return ((await res.json()) as { problems: { field: string; text: string }[] }).problems;
      };
      const quota = await check({ ...defaultPayPolicy('2027-Q1'), award: 'quota' });
      expect(quota.find((p) => p.field === 'award')?.text).toMatch(
        locale === 'fr' ? /^Mode d’attribution\u00a0: Les quotas/ : /^Award mode: Award quotas/,
      );
      const malformed = await check({ ...defaultPayPolicy('2027-Q1'), eligibility: {} });
      expect(malformed.map((p) => p.text)).toEqual([
        locale === 'fr'
          ? 'Éligibilité (eligibility.minimumResponses)\u00a0: valeur manquante ou d’un autre type que celui attendu'
          : 'Eligibility (eligibility.minimumResponses): missing, or not of the expected type',
      ]);
    });

    it(`a date that is not one names the date's field (${locale})`, async () => {
      const res = await h.request('POST', '/admin/pay-prerequisites', {
        cookie: cookies.admin?.[locale] as string,
        form: { cseConsultedOn: '02/11/2026', advisorsInformedOn: '2026-11-20' },
      });
      expectRefusal(
        res,
        400,
        locale,
        locale === 'fr'
          ? 'Date de consultation du CSE\u00a0: une date comme 2026-11-02'
          : 'Date the CSE was consulted: a date such as 2026-11-02',
      );
      expect(await h.deps.pay.prerequisites()).toBeUndefined();
    });
  }
});

describe('refusals on the payroll downloads and check', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`a revision not closed, a bad revision and a check without a file are named (${locale})`, async () => {
      const cookie = cookies.payroll?.[locale] as string;
      const open = await h.request('GET', `/pay/quarters/${quarter}/revisions/1/files/csv`, { cookie });
      expectRefusal(
        open,
        404,
        locale,
        locale === 'fr'
          ? `Révision\u00a0: ${quarter} n’a pas de révision clôturée 1`
          : `Revision: ${quarter} has no closed revision 1`,
      );
      const bad = await h.request('GET', '/pay/quarters/2026-Q9/revisions/0/files/csv', { cookie });
      expectRefusal(
        bad,
        400,
        locale,
        locale === 'fr'
          ? 'Trimestre\u00a0: un trimestre comme 2026-Q3'
          : 'Quarter: a quarter such as 2026-Q3',
      );
      expect(refusal(bad)).toContain(
        locale === 'fr' ? 'Révision\u00a0: un numéro de révision' : 'Revision: a revision number',
      );
      const body = new FormData();
      body.append('other', 'x');
      const res = await h.app.request(`http://localhost/pay/quarters/${quarter}/revisions/1/check`, {
        method: 'POST',
        headers: { cookie, 'sec-fetch-site': 'same-origin' },
        body,
      });
      expectRefusal(
        { status: res.status, headers: res.headers, body: await res.text() },
        400,
        locale,
        locale === 'fr' ? 'Fichier\u00a0: choisissez un fichier' : 'File: choose a file',
      );
    });
  }
});

describe("refusals on the advisor's pay page", () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`a bad quarter and a short reason name their field (${locale})`, async () => {
      const cookie = cookies.advisor?.[locale] as string;
      const page = await h.request('GET', '/me/pay?quarter=2026-T3', { cookie });
      expect(page.status).toBe(400);
      expect(page.body).toContain(`<html lang="${locale}">`);
      expect(page.body).toContain(
        locale === 'fr'
          ? 'Trimestre\u00a0: un trimestre comme 2026-Q4'
          : 'Quarter: a quarter such as 2026-Q4',
      );
      const contest = await h.request('POST', '/me/pay/contests', {
        cookie,
        form: { quarter, responseId: 'r1', reason: 'court' },
      });
      expect(contest.status).toBe(400);
      expect(contest.body).toContain(
        locale === 'fr' ? 'Motif\u00a0: au moins 10 caractères' : 'Reason: at least 10 characters',
      );
      expect(contest.body).not.toMatch(/reason \(|quarter \(/);
      expect(await h.deps.reviews?.contests(quarter)).toEqual([]);
    });
  }
});
