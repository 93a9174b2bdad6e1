import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let admin: string;

const tools = {
  'tool-0-id': 'guided-scripts',
  'tool-0-kind': 'tool',
  'tool-0-fr': 'Les scripts guidés',
  'tool-0-en': 'Guided scripts',
  'tool-1-id': 'peer-debrief',
  'tool-1-kind': 'method',
  'tool-1-fr': 'Le débrief entre pairs',
  'tool-1-en': 'Peer debrief',
  'tool-2-id': '',
  'tool-2-kind': 'tool',
  'tool-2-fr': '',
  'tool-2-en': '',
};

async function stored(list: 'TOOLS_AND_METHODS' | 'RESOURCES') {
  const out = await h.db.clients.doc.send(
    new GetCommand({ TableName: h.db.config.MAIN_TABLE_NAME, Key: keys.logicsList(list) }),
  );
  return out.Item;
}

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
  admin = await h.signInAs(signInUsers.admin.email);
});

describe('the admin’s logics lists', () => {
  it('an empty centre: the page shows two empty lists and the frame links to it for the admin only', async () => {
    const page = await h.request('GET', '/admin/logics', { cookie: admin });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Tools and methods advisors rate');
    expect(page.body).toContain('name="tool-11-id"');
    expect(page.body).not.toContain('name="tool-12-id"');
    expect(page.body).toContain('href="/admin/logics"');
    expect((await h.request('GET', '/', { cookie: admin })).body).toContain(
      '<a href="/admin/logics">Tools, methods and resources for the ways of working</a>',
    );
    const hr = await h.request('GET', '/centre', { cookie: await h.signInAs(signInUsers.hr.email) });
    expect(hr.status).toBe(200);
    expect(hr.body).toContain('<nav');
    expect(hr.body).not.toContain('href="/admin/logics"');
  });

  it('refuses a bad row naming the row and field, in the admin’s language; nothing stored', async () => {
    const res = await h.request('POST', '/admin/logics/tools', {
      cookie: admin,
      form: {
        ...tools,
        'tool-1-id': 'Peer Debrief!',
        'tool-2-fr': 'Sans nom anglais',
        'tool-2-id': 'guided-scripts',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain('<code>tool-1-id</code> (row 2, Id): an id of 1 to 40 characters');
    expect(res.body).toContain(
      '<code>tool-2-en</code> (row 3, Name (English)): a name of 1 to 80 characters',
    );
    expect(res.body).toContain('<code>tool-2-id</code> (row 3, Id): id already used on another row');
    // The sent values are shown again.
    expect(res.body).toContain('value="Sans nom anglais"');
    expect(await stored('TOOLS_AND_METHODS')).toBeUndefined();
  });

  it('refuses a thirteenth tool (the module stays short); nothing stored', async () => {
    const form: Record<string, string> = {};
    for (let i = 0; i < 13; i += 1) {
      form[`tool-${i}-id`] = `tool-${i}`;
      form[`tool-${i}-kind`] = 'tool';
      form[`tool-${i}-fr`] = `Outil ${i}`;
      form[`tool-${i}-en`] = `Tool ${i}`;
    }
    const res = await h.request('POST', '/admin/logics/tools', { cookie: admin, form });
    expect(res.status).toBe(400);
    expect(res.body).toContain('<code>tools</code> (tools and methods list): at most 12 tools and methods');
    expect(await stored('TOOLS_AND_METHODS')).toBeUndefined();
  });

  it('saves the tools list whole with who and when; blank rows are no entry; the page shows it', async () => {
    const res = await h.request('POST', '/admin/logics/tools', { cookie: admin, form: tools });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/logics?saved=tools');
    const item = await stored('TOOLS_AND_METHODS');
    expect(item?.entries).toEqual([
      { id: 'guided-scripts', kind: 'tool', name: { fr: 'Les scripts guidés', en: 'Guided scripts' } },
      { id: 'peer-debrief', kind: 'method', name: { fr: 'Le débrief entre pairs', en: 'Peer debrief' } },
    ]);
    expect(item?.savedBy).toBe(signInUsers.admin.email);
    expect(item?.savedAt).toBe(h.clock.now().toISOString());
    expect(await h.deps.logicsLists?.toolsAndMethods()).toHaveLength(2);
    const page = await h.request('GET', '/admin/logics', { cookie: admin });
    expect(page.body).toContain('value="Le débrief entre pairs"');
    // The listed tools' rating items may now be tagged.
    expect(page.body).toContain('<code>tool-peer-debrief</code>');
  });

  it('resources: tags must name module answers, in French for a French-speaking admin; then saved', async () => {
    await h.request('POST', '/account/language', { cookie: admin, form: { locale: 'fr' } });
    const resource = {
      'resource-0-id': 'daily-huddle',
      'resource-0-kind': 'training-format',
      'resource-0-fr': 'Point d’équipe quotidien',
      'resource-0-en': 'Daily team huddle',
      'resource-0-tags': 'rely-colleagues:high, tool-peer-debrief:HIGH, rely-procedures:bas',
    };
    const refused = await h.request('POST', '/admin/logics/resources', {
      cookie: admin,
      form: {
        ...resource,
        'resource-0-tags': 'rely-colleagues:high, tool-call-recording:low',
        'resource-1-kind': 'nope',
        'resource-1-id': 'x',
        'resource-1-fr': 'x',
        'resource-1-en': 'x',
        'resource-1-tags': 'rely-manager',
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(
      '<code>resource-0-tags</code> (ligne 1, Étiquettes): « tool-call-recording » n’est pas une réponse du module',
    );
    expect(refused.body).toContain('<code>resource-1-kind</code> (ligne 2, Type): choisir dans la liste');
    expect(refused.body).toContain(
      '<code>resource-1-tags</code> (ligne 2, Étiquettes): de 1 à 6 réponses du module',
    );
    expect(await stored('RESOURCES')).toBeUndefined();

    const saved = await h.request('POST', '/admin/logics/resources', { cookie: admin, form: resource });
    expect(saved.status).toBe(303);
    expect((await stored('RESOURCES'))?.entries).toEqual([
      {
        id: 'daily-huddle',
        kind: 'training-format',
        title: { fr: 'Point d’équipe quotidien', en: 'Daily team huddle' },
        addresses: [
          { itemId: 'rely-colleagues', when: 'high' },
          { itemId: 'tool-peer-debrief', when: 'high' },
          { itemId: 'rely-procedures', when: 'low' },
        ],
      },
    ]);
    const page = await h.request('GET', '/admin/logics', { cookie: admin });
    expect(page.body).toContain('value="rely-colleagues:high, tool-peer-debrief:high, rely-procedures:low"');
  });

  it('out of scope: hr, manager and advisor get the unknown-path 404 and change nothing; a cross-site post is refused', async () => {
    for (const who of ['hr', 'manager', 'advisor', 'payroll'] as const) {
      const cookie = await h.signInAs(signInUsers[who].email);
      const unknown = await h.request('POST', '/admin/logics/nothing-here', {
        cookie,
        form: { 'tool-0-id': 'x' },
      });
      const res = await h.request('POST', '/admin/logics/tools', { cookie, form: { 'tool-0-id': 'x' } });
      expect(res.status).toBe(404);
      expect(res.body.replace(/No route for \S+ \S+"/, '')).toBe(
        unknown.body.replace(/No route for \S+ \S+"/, ''),
      );
      expect((await h.request('GET', '/admin/logics', { cookie })).status).toBe(404);
    }
    const crossSite = await h.request('POST', '/admin/logics/tools', {
      cookie: admin,
      form: { 'tool-0-id': 'cross-site', 'tool-0-kind': 'tool', 'tool-0-fr': 'x', 'tool-0-en': 'x' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect((await stored('TOOLS_AND_METHODS'))?.entries).toHaveLength(2);
  });
});
