import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { profileMessages } from '../../shared/i18n/profile-messages.js';
import { type ManagementProfile, managementProfiles } from '../../shared/roster/index.js';
import { signInHarness } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let key: string;
const cookies: Record<'hr' | 'englishHr', string> = { hr: '', englishHr: '' };

/** One team per profile the API is sent, `guardian` (the former word) among them. */
const sent = [
  { teamId: 'prof-teacher', name: 'Équipe Professeur', site: 'Lyon', managementProfile: 'teacher' },
  { teamId: 'prof-always-on', name: 'Équipe Gardien', site: 'Lyon', managementProfile: 'always-on' },
  { teamId: 'prof-connector', name: 'Équipe Connecté', site: 'Lille', managementProfile: 'connector' },
  { teamId: 'prof-cheerleader', name: 'Équipe Entertainer', site: 'Lille', managementProfile: 'cheerleader' },
  { teamId: 'prof-guardian', name: 'Équipe ancien mot', site: 'Nantes', managementProfile: 'guardian' },
] as const;

async function api(method: string, path: string, body?: unknown) {
  const res = await h.app.request(`http://localhost${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test inspection of JSON bodies
  return { status: res.status, body: (await res.json()) as any };
}

/** Escapes text the way hono/jsx writes it into the page. */
const escaped = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;');

/** The rows of the cuts-by-profile table: each row header's label and its description. */
function profileRows(html: string, heading: string) {
  const start = html.indexOf(`<h3>${heading}</h3>`);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [
    ...table.matchAll(/<th scope="row">([^<]*)<span class="cut-description">([^<]*)<\/span><\/th>/g),
  ].map((m) => ({ label: m[1] ?? '', description: m[2] ?? '' }));
}

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  await h.seed();
  key = (await createApiKey(h.deps.apiKeys, h.clock, { name: 'profiles' })).key;
  await addUser(h.deps, { email: 'hr.en@centre.example', role: 'hr', locale: 'en' });
  cookies.hr = await h.signInAs('hr@centre.example');
  cookies.englishHr = await h.signInAs('hr.en@centre.example');
}, 120_000);

describe('the four management profiles of the source through the API', () => {
  it('stores each profile as sent and the former `guardian` as always-on, and reads it so', async () => {
    const upserted = await api('POST', '/api/v1/teams', { teams: sent });
    expect(upserted.status).toBe(200);
    expect(
      Object.fromEntries(
        upserted.body.teams.map((t: { teamId: string; managementProfile: string }) => [
          t.teamId,
          t.managementProfile,
        ]),
      ),
    ).toEqual({
      'prof-teacher': 'teacher',
      'prof-always-on': 'always-on',
      'prof-connector': 'connector',
      'prof-cheerleader': 'cheerleader',
      'prof-guardian': 'always-on',
    });
    const read = await api('GET', '/api/v1/teams/prof-guardian');
    expect(read.status).toBe(200);
    expect(read.body.managementProfile).toBe('always-on');
    const cheerleader = await api('GET', '/api/v1/teams/prof-cheerleader');
    expect(cheerleader.body.managementProfile).toBe('cheerleader');
  });

  it('refuses a word that is no profile, naming the field, and stores nothing', async () => {
    const refused = await api('POST', '/api/v1/teams', {
      teams: [{ teamId: 'prof-bad', name: 'Mauvais', site: 'Lyon', managementProfile: 'entertainer' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['teams[0].managementProfile']);
    expect((await api('GET', '/api/v1/teams/prof-bad')).status).toBe(404);
  });

  it('documents the four profiles and unknown as what a team reads, `guardian` as still accepted', async () => {
    interface ProfileSchema {
      readonly enum: string[];
      readonly description?: string;
    }
    const doc = (await (await h.app.request('http://localhost/api/v1/openapi.json')).json()) as {
      components: {
        schemas: {
          Team: { properties: { managementProfile: ProfileSchema } };
          TeamBatch: {
            properties: { teams: { items: { properties: { managementProfile: ProfileSchema } } } };
          };
        };
      };
    };
    const { Team, TeamBatch } = doc.components.schemas;
    expect(Team.properties.managementProfile.enum).toEqual([...managementProfiles]);
    expect(managementProfiles).toEqual(['teacher', 'always-on', 'connector', 'cheerleader', 'unknown']);
    const batchItem = TeamBatch.properties.teams.items.properties.managementProfile;
    expect(batchItem.enum).toEqual([...managementProfiles, 'guardian']);
    expect(batchItem.description).toContain('`guardian` is stored as `always-on`');
  });
});

describe('the profiles on the pages, each with its one-line description', () => {
  const expectedOnTeamPage: Record<string, ManagementProfile> = {
    'prof-teacher': 'teacher',
    'prof-always-on': 'always-on',
    'prof-connector': 'connector',
    'prof-cheerleader': 'cheerleader',
    'prof-guardian': 'always-on',
  };

  it('names the team’s profile and says what it is, in French and in English', async () => {
    for (const [teamId, profile] of Object.entries(expectedOnTeamPage)) {
      const fr = await h.request('GET', `/teams/${teamId}`, { cookie: cookies.hr });
      expect(fr.status, teamId).toBe(200);
      const words = profileMessages('fr')[profile];
      expect(fr.body, teamId).toContain(`profil de management\u00a0: ${escaped(words.name)}`);
      expect(fr.body, teamId).toContain(
        `<p class="muted profile-description">${escaped(words.description)}</p>`,
      );
      const en = await h.request('GET', `/teams/${teamId}`, { cookie: cookies.englishHr });
      expect(en.body, teamId).toContain(
        `management profile: ${escaped(profileMessages('en')[profile].name)}`,
      );
      expect(en.body, teamId).toContain(escaped(profileMessages('en')[profile].description));
    }
    const cheerleader = await h.request('GET', '/teams/prof-cheerleader', { cookie: cookies.hr });
    expect(cheerleader.body).toContain('Entertainer (animateur)');
    expect(cheerleader.body).toContain('once and done');
    const former = await h.request('GET', '/teams/prof-guardian', { cookie: cookies.hr });
    expect(former.body).toContain('profil de management\u00a0: Gardien');
    expect(former.body).not.toContain('Toujours disponible');
  });

  it('compares the centre by the four profiles, the former guardian team counted with always-on', async () => {
    const fr = await h.request('GET', '/centre', { cookie: cookies.hr });
    expect(fr.status).toBe(200);
    const rows = profileRows(fr.body, 'Par profil de management');
    const words = profileMessages('fr');
    // The harness's own teams are a connector (Lyon) and an always-on (Lille) team.
    expect(rows.map((r) => r.label).sort()).toEqual(
      [words.teacher, words['always-on'], words.connector, words.cheerleader]
        .map((w) => escaped(w.group))
        .sort(),
    );
    for (const row of rows) {
      const profile = managementProfiles.find((p) => escaped(words[p].group) === row.label);
      expect(row.description).toBe(escaped(words[profile ?? 'unknown'].description));
    }
    expect(rows.map((r) => r.label)).toContain('Entertainers (animateurs)');
    expect(fr.body).not.toContain('Toujours disponibles');

    const en = await h.request('GET', '/centre', { cookie: cookies.englishHr });
    const enRows = profileRows(en.body, 'By management profile');
    expect(enRows.map((r) => r.label).sort()).toEqual(
      ['Teachers', 'Always-on', 'Connectors', 'Cheerleaders (entertainers)'].sort(),
    );
    expect(enRows.every((r) => r.description.length > 20)).toBe(true);
  });
});
