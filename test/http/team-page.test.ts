import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { seedDemoUsers } from '../../scripts/seed-demo.js';
import type { AlertKind } from '../../shared/analytics/alerts.js';
import { alertExplanationMessages } from '../../web/pages/team/alert-explanation-messages.js';
import { teamMessages } from '../../web/pages/team/team-messages.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let team: { teamId: string; name: string };
let otherTeam: { teamId: string; name: string };
const cookies: Record<string, string> = {};
const now = new Date('2026-11-23T09:00:00Z');
const users = {
  manager: 'manager@demo.duopulse.example',
  hr: 'rh@demo.duopulse.example',
  payroll: 'paie@demo.duopulse.example',
  admin: 'admin@demo.duopulse.example',
  advisor: 'conseiller@demo.duopulse.example',
  englishManager: 'english.manager@demo.duopulse.example',
} as const;
const alertKinds: readonly AlertKind[] = [
  'wellbeing-falling',
  'quadrant-customers-at-advisors-expense',
  'productivity-pressure',
  'once-and-done-drop',
];

/** The text a person reads: no stylesheet, no tags or attributes (SVG paths hold dotted decimals). */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&apos;/g, "'");
}

/** Every string of a message catalogue (functions called with sample arguments). */
function catalogueStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value(5, 5, 5, 5))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(catalogueStrings);
  return [];
}

beforeAll(async () => {
  h = await signInHarness({ now });
  const seeded = await seedDemoTables(h.db, now);
  await seedDemoUsers(h.deps, seeded.history);
  const [first, second] = seeded.history.teams;
  if (!first || !second) throw new Error('the demo centre has two teams at least');
  team = first;
  otherTeam = second;
  await addUser(h.deps, { email: users.englishManager, role: 'manager', teams: [team.teamId] });
  for (const [name, email] of Object.entries(users)) cookies[name] = await h.signInAs(email);
}, 240_000);

describe('the team page', () => {
  it("shows the manager's team in French: its name, SVG charts with intervals, decimal commas, no English", async () => {
    const res = await h.request('GET', `/teams/${team.teamId}`, { cookie: cookies.manager });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<h1>Équipe ${team.name}</h1>`);
    expect(res.body).toContain('<html lang="fr">');
    expect(res.body).toContain(`>Équipe ${team.name}</a>`);
    expect((res.body.match(/<svg[^>]*role="img"/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(res.body).toContain('intervalle à 95');
    expect(res.body).not.toMatch(/style="/);
    const text = visibleText(res.body);
    expect(text).toMatch(/\d,\d/);
    expect(text).not.toMatch(/\d\.\d/);
    expect(text).toMatch(/semaine du \d{1,2} [a-zéû]+\.? 2026/);
    for (const english of catalogueStrings(teamMessages.en).filter((s) => s.length > 12)) {
      expect(text, english).not.toContain(english);
    }
    for (const heading of Object.values(teamMessages.fr).flatMap((m) =>
      typeof m === 'object' && m && 'heading' in m ? [String(m.heading)] : [],
    )) {
      expect(text).toContain(heading);
    }
  });

  it('is in English after the person switches language', async () => {
    const switched = await h.request('POST', '/account/language', {
      cookie: cookies.englishManager,
      form: { locale: 'en' },
    });
    expect([200, 303]).toContain(switched.status);
    const res = await h.request('GET', `/teams/${team.teamId}`, { cookie: cookies.englishManager });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain(`<h1>Team ${team.name}</h1>`);
    expect(res.body).toContain('Week by week');
    expect(visibleText(res.body)).toMatch(/week of \d{1,2} [A-Z][a-z]{2} 2026/);
    expect(res.body).not.toContain('Semaine après semaine');
  });

  it("answers another team's page exactly like an unknown team (404), and hr sees any team", async () => {
    const other = await h.request('GET', `/teams/${otherTeam.teamId}`, { cookie: cookies.manager });
    const unknown = await h.request('GET', '/teams/no-such-team', { cookie: cookies.manager });
    expect(other.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(other.body.replace(otherTeam.teamId, 'X')).toBe(unknown.body.replace('no-such-team', 'X'));
    expect(other.body).not.toContain(otherTeam.name);

    const hr = await h.request('GET', `/teams/${otherTeam.teamId}`, { cookie: cookies.hr });
    expect(hr.status).toBe(200);
    expect(hr.body).toContain(otherTeam.name);
    const hrUnknown = await h.request('GET', '/teams/no-such-team', { cookie: cookies.hr });
    expect(hrUnknown.status).toBe(404);
    // The refusal page is framed by each person's own menu: hr's unknown team reads as hr's unknown path.
    const hrNowhere = await h.request('GET', '/nothing-here', { cookie: cookies.hr });
    expect(hrUnknown.body).toBe(hrNowhere.body);
  });

  it('is 404 for advisor, payroll and admin, and sends a signed-out person to sign in', async () => {
    for (const role of ['advisor', 'payroll', 'admin'] as const) {
      const res = await h.request('GET', `/teams/${team.teamId}`, { cookie: cookies[role] });
      expect(res.status, role).toBe(404);
      expect(res.body).not.toContain(team.name);
    }
    const out = await h.request('GET', `/teams/${team.teamId}`);
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/auth/sign-in');
  });

  it('refuses a bad period with a 400 page naming the field, in the person’s language', async () => {
    const fr = await h.request('GET', `/teams/${team.teamId}?from=last-year`, { cookie: cookies.manager });
    expect(fr.status).toBe(400);
    expect(fr.body).toContain('<code>from</code> (Première semaine)');
    expect(fr.body).toContain('Période refusée');
    const toBad = await h.request('GET', `/teams/${team.teamId}?to=2026-W99`, { cookie: cookies.hr });
    expect(toBad.status).toBe(400);
    expect(toBad.body).toContain('<code>to</code>');
    const reversed = await h.request('GET', `/teams/${team.teamId}?from=2026-W40&to=2026-W30`, {
      cookie: cookies.manager,
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body).toContain('<code>from</code>');
    const good = await h.request('GET', `/teams/${team.teamId}?from=2026-W30&to=2026-W45`, {
      cookie: cookies.manager,
    });
    expect(good.status).toBe(200);
    expect(good.body).toContain('(16\u00a0semaines)');
  });

  it('links the manager home page to each of their team pages by name, and hr to the centre', async () => {
    const home = await h.request('GET', '/', { cookie: cookies.manager });
    expect(home.body).toContain(`<a href="/teams/${team.teamId}">${team.name}</a>`);
    const hrHome = await h.request('GET', '/', { cookie: cookies.hr });
    expect(hrHome.body).toContain('href="/centre"');
  });
});

describe('the alert explanation pages', () => {
  it('explains every alert kind in French and in English', async () => {
    for (const kind of alertKinds) {
      const fr = await h.request('GET', `/teams/${team.teamId}/alerts/${kind}`, { cookie: cookies.manager });
      expect(fr.status, kind).toBe(200);
      expect(fr.body).toContain(alertExplanationMessages.fr.kinds[kind].title);
      expect(fr.body).toContain('Ce que vous pouvez faire');
      expect(fr.body).toContain('5\u00a0% des équipes par trimestre');
      const en = await h.request('GET', `/teams/${team.teamId}/alerts/${kind}`, {
        cookie: cookies.englishManager,
      });
      expect(en.status, kind).toBe(200);
      expect(en.body).toContain(alertExplanationMessages.en.kinds[kind].title);
      expect(en.body).toContain('What you can do');
    }
  });

  it('is 404 for an unknown alert kind, another team and an unknown team', async () => {
    const unknownKind = await h.request('GET', `/teams/${team.teamId}/alerts/everything-fine`, {
      cookie: cookies.manager,
    });
    expect(unknownKind.status).toBe(404);
    const other = await h.request('GET', `/teams/${otherTeam.teamId}/alerts/wellbeing-falling`, {
      cookie: cookies.manager,
    });
    expect(other.status).toBe(404);
    const unknownTeam = await h.request('GET', '/teams/no-such-team/alerts/wellbeing-falling', {
      cookie: cookies.hr,
    });
    expect(unknownTeam.status).toBe(404);
  });

  it('an id no team could have (5,000 characters, control bytes) is an unknown team for hr, never a 500', async () => {
    const hr = cookies.hr ?? '';
    for (const id of ['A'.repeat(5000), '%00%ff', ' ']) {
      const res = await h.request('GET', `/teams/${id}`, { cookie: hr });
      expect(res.status).toBe(404);
    }
  });
});
