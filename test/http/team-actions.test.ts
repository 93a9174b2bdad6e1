import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { seedDemoUsers } from '../../scripts/seed-demo.js';
import type { TeamAction } from '../../shared/actions/action.schema.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let teamId: string;
let otherTeamId: string;
const cookies: Record<string, string> = {};
const now = new Date('2026-11-23T09:00:00Z');
const users = {
  manager: 'manager@demo.duopulse.example',
  hr: 'rh@demo.duopulse.example',
  payroll: 'paie@demo.duopulse.example',
  admin: 'admin@demo.duopulse.example',
  advisor: 'conseiller@demo.duopulse.example',
  otherManager: 'other.manager@demo.duopulse.example',
} as const;

beforeAll(async () => {
  h = await signInHarness({ now });
  const seeded = await seedDemoTables(h.db, now);
  await seedDemoUsers(h.deps, seeded.history);
  teamId = seeded.history.teams[0]?.teamId ?? '';
  otherTeamId = seeded.history.teams[1]?.teamId ?? '';
  await addUser(h.deps, { email: users.otherManager, role: 'manager', teams: [otherTeamId], locale: 'en' });
  for (const [name, email] of Object.entries(users)) cookies[name] = await h.signInAs(email);
}, 240_000);

const stored = (team = teamId): Promise<TeamAction[]> => h.deps.actions.listActions(team);

function post(cookie: string | undefined, form: Record<string, string>, team = teamId, headers = {}) {
  return h.request('POST', `/teams/${team}/actions`, { cookie, form, headers });
}

describe('recording a manager action', () => {
  it("the team's manager records an action: stored once, listed with both sides before/after and their intervals", async () => {
    const before = (await stored()).length;
    const res = await post(cookies.manager, {
      what: 'Coaching individuel hebdomadaire sur les appels difficiles',
      who: 'Claire Martin',
      week: '2026-W40',
      alert: 'wellbeing-falling',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/teams/${teamId}#actions`);
    const actions = await stored();
    expect(actions.length).toBe(before + 1);
    const action = actions.find((a) => a.week === '2026-W40');
    expect(action).toMatchObject({
      teamId,
      what: 'Coaching individuel hebdomadaire sur les appels difficiles',
      who: 'Claire Martin',
      week: '2026-W40',
      alert: 'wellbeing-falling',
      createdBy: users.manager,
      createdAt: now.toISOString(),
    });

    const page = await h.request('GET', `/teams/${teamId}/actions`, { cookie: cookies.manager });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Coaching individuel hebdomadaire sur les appels difficiles');
    expect(page.body).toContain('portée par Claire Martin');
    expect(page.body).toContain('semaine du 28 sept. 2026');
    expect(page.body).toContain('Bien-être des conseillers en baisse');
    // Both sides compared (the demo publishes its weeks): a change with its interval, and the chart.
    expect(page.body.match(/Variation [+−-]?\d/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(page.body).toContain('intervalle à 95');
    expect(page.body).toMatch(/Avant\u00a0: \d+,\d/);
    expect(page.body).toContain('class="chart action-effect-chart"');
    expect(page.body).not.toContain('style="');
  });

  it("an action in the last weeks reads 'too early to tell' with the date, in the person's language", async () => {
    expect(
      (
        await post(
          cookies.otherManager,
          { what: 'Team huddle every morning', who: 'Sam', week: '2026-W46' },
          otherTeamId,
        )
      ).status,
    ).toBe(303);
    const page = await h.request('GET', `/teams/${otherTeamId}/actions`, { cookie: cookies.otherManager });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Too early to tell until 14 Dec 2026');
    const fr = await post(cookies.manager, { what: 'Point d’équipe', who: 'Claire', week: '2026-W48' });
    expect(fr.status).toBe(303);
    const frPage = await h.request('GET', `/teams/${teamId}/actions`, { cookie: cookies.manager });
    expect(frPage.body).toContain('Trop tôt pour conclure jusqu’au 28 déc. 2026');
  });

  it('hr may record on any team; the form opens prefilled from a week and an alert', async () => {
    const form = await h.request(
      'GET',
      `/teams/${teamId}/actions/new?week=2026-W45&alert=productivity-pressure`,
      {
        cookie: cookies.hr,
      },
    );
    expect(form.status).toBe(200);
    expect(form.body).toContain('<option value="2026-W45" selected="">');
    expect(form.body).toContain('<option value="productivity-pressure" selected="">');
    const before = (await stored(otherTeamId)).length;
    expect(
      (
        await post(
          cookies.hr,
          { what: 'Outil de base de connaissances', who: 'RH', week: '2026-W45' },
          otherTeamId,
        )
      ).status,
    ).toBe(303);
    expect((await stored(otherTeamId)).length).toBe(before + 1);
  });
});

describe('the team page', () => {
  it('marks the actions on the weekly charts and shows the actions section with the form', async () => {
    const page = await h.request('GET', `/teams/${teamId}`, { cookie: cookies.manager });
    expect(page.status).toBe(200);
    expect(page.body).toContain(
      '<title>semaine du 28 sept. 2026: Action\u00a0: Coaching individuel hebdomadaire sur les appels difficiles (Claire Martin)</title>',
    );
    expect(page.body).toContain('<section id="actions"');
    expect(page.body).toContain(`action="/teams/${teamId}/actions"`);
    expect(page.body).toContain('intervalle à 95');
    const other = await h.request('GET', `/teams/${otherTeamId}`, { cookie: cookies.otherManager });
    expect(other.body).not.toContain('Coaching individuel');
  });
});

describe('from an alert', () => {
  it('the alert page links to the form prefilled with the alert', async () => {
    const page = await h.request('GET', `/teams/${teamId}/alerts/wellbeing-falling`, {
      cookie: cookies.manager,
    });
    expect(page.status).toBe(200);
    const link = `/teams/${teamId}/actions/new?alert=wellbeing-falling`;
    expect(page.body).toContain(`href="${link}"`);
    const form = await h.request('GET', link, { cookie: cookies.manager });
    expect(form.body).toContain('<option value="wellbeing-falling" selected="">');
  });
});

describe('refusals store nothing', () => {
  it('another manager, an advisor, payroll and an admin get the unknown-path 404', async () => {
    const before = (await stored()).length;
    for (const name of ['otherManager', 'advisor', 'payroll', 'admin']) {
      const res = await post(cookies[name], { what: 'Forged', who: 'X', week: '2026-W44' });
      expect(res.status, name).toBe(404);
      expect(res.body).not.toContain('Coaching');
      const page = await h.request('GET', `/teams/${teamId}/actions`, { cookie: cookies[name] });
      expect(page.status, name).toBe(404);
      expect(page.body).not.toContain('Coaching');
    }
    expect((await stored()).length).toBe(before);
  });

  it('hr naming an unknown team gets 404, nothing stored', async () => {
    const res = await post(cookies.hr, { what: 'x', who: 'y', week: '2026-W44' }, 'no-such-team');
    expect(res.status).toBe(404);
    expect(await stored('no-such-team')).toEqual([]);
  });

  it.each([
    [
      'an empty what',
      { what: '   ', who: 'Claire', week: '2026-W44' },
      ['what'],
      'Décrivez l’action en 1 à 500 caractères.',
    ],
    ['a future week', { what: 'Plan', who: 'Claire', week: '2026-W50' }, ['week'], 'pas dans le futur'],
    ['a malformed week', { what: 'Plan', who: 'Claire', week: 'W44' }, ['week'], 'pas dans le futur'],
    [
      'a week before the analysed range',
      { what: 'Plan', who: 'Claire', week: '2025-W10' },
      ['week'],
      'période analysée',
    ],
    [
      'a 10 000-character text',
      { what: 'x'.repeat(10_000), who: 'y'.repeat(10_000), week: '2026-W44' },
      ['what', 'who'],
      'Indiquez qui porte l’action',
    ],
    [
      'an unknown alert',
      { what: 'Plan', who: 'Claire', week: '2026-W44', alert: 'nope' },
      ['alert'],
      'Choisissez une alerte',
    ],
  ])('%s: 400 naming the field in French, nothing stored', async (_, form, fields, message) => {
    const before = (await stored()).length;
    const res = await post(cookies.manager, form);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.body).toContain('Rien n’a été enregistré');
    expect(res.body).toContain(message);
    for (const field of fields) expect(res.body).toContain(`id="action-${field}-error"`);
    expect((await stored()).length).toBe(before);
  });

  it('names bad fields in English for an English-speaking manager', async () => {
    const res = await post(cookies.otherManager, { what: '', who: '', week: '2027-W01' }, otherTeamId);
    expect(res.status).toBe(400);
    expect(res.body).toContain('Nothing was saved:');
    expect(res.body).toContain('Describe the action in 1 to 500 characters.');
    expect(res.body).toContain('Say who carries the action');
    expect(res.body).toContain('not in the future');
  });

  it.each([{ 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': '', origin: 'https://evil.example' }])(
    'a cross-site POST (%o) is refused and stores nothing',
    async (headers) => {
      const before = (await stored()).length;
      const res = await post(
        cookies.manager,
        { what: 'Forged', who: 'X', week: '2026-W44' },
        teamId,
        headers,
      );
      expect(res.status).toBe(403);
      expect((await stored()).length).toBe(before);
    },
  );

  it('signed out: a POST is 401 and a GET goes to sign-in', async () => {
    expect((await post(undefined, { what: 'x', who: 'y', week: '2026-W44' })).status).toBe(401);
    const res = await h.request('GET', `/teams/${teamId}/actions`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/auth/sign-in');
  });
});
