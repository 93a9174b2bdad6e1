import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { callbackKeys } from '../../functions/adapters/dynamo/keys.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import { surveyFollowUpMessages } from '../../shared/i18n/survey-follow-up-messages.js';
import { surveySettingsSchema } from '../../shared/surveys/survey-settings.schema.js';
import { interaction } from '../support/roster-fixtures.js';
import { type PageResponse, signInHarness, signInUsers } from '../support/sign-in-harness.js';
import { CapturingMailer, linkIn } from '../support/survey-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
const mailer = new CapturingMailer();
const fr = surveyFollowUpMessages('fr');
const en = surveyFollowUpMessages('en');
const contact = 'marie.durand@exemple.fr';

async function scan(table: string) {
  const out = await h.db.clients.doc.send(new ScanCommand({ TableName: table, ConsistentRead: true }));
  return out.Items ?? [];
}
const scanMain = () => scan(h.db.config.MAIN_TABLE_NAME);
const callbackItems = async () => (await scanMain()).filter((i) => i.type === 'CallbackRequest');

/** The survey path (no query) of the email sent for contact `externalId`. */
function surveyPath(externalId: string): string {
  const mail = mailer.to(`client-${externalId}@client.example`)[0];
  if (!mail) throw new Error(`no mail for ${externalId}`);
  return linkIn(mail, '/s/c/').split('?')[0] ?? '';
}

function answer(externalId: string, satisfaction: number) {
  return h.request('POST', surveyPath(externalId), { form: { satisfaction: String(satisfaction) } });
}

function withoutPath(res: PageResponse): string {
  return res.body.replaceAll(/No route for [A-Z]+ \S+"/g, 'No route"');
}

const cookies = {} as Record<'manager' | 'otherManager' | 'hr', string>;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-18T10:00:00Z') });
  await h.seed();
  const now = h.clock.now();
  await recordInteractionBatch(
    h.deps,
    {},
    {
      interactions: [
        interaction('low-fr', 'A1', now, 30),
        { ...interaction('low-en', 'A1', now, 31), customerLocale: 'en', channel: 'chat' },
        interaction('mid', 'A1', now, 32),
        interaction('high-1', 'A1', now, 33),
        { ...interaction('high-2', 'A1', now, 34), customerLocale: 'en' },
        interaction('low-lille', 'B1', now, 35),
      ],
    },
  );
  const sent = await dispatchCustomerSurveys({ ...h.deps, mailer, publicBaseUrl: 'http://duopulse.test' });
  expect(sent.sent).toBe(6);
  for (const name of ['manager', 'otherManager', 'hr'] as const)
    cookies[name] = await h.signInAs(signInUsers[name].email);
});

describe('after a low score the customer may ask to be called back', () => {
  it('the thanks page offers the callback form with its consent statement, in the customer’s language', async () => {
    const res = await answer('low-fr', 3);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`action="${surveyPath('low-fr')}/callback"`);
    expect(res.body).toContain(fr.callback.heading.replace('\u202f', '&#8239;').slice(0, 10));
    for (const line of fr.callback.statement) expect(res.body).toContain(line.split('\u00a0')[0]);
    expect(res.body).toContain('name="consent"');
    // Showing the page and the form stored nothing yet.
    expect(await callbackItems()).toEqual([]);
  });

  it('bad input is a 400 naming each field in the customer’s language, and nothing is stored', async () => {
    const res = await h.request('POST', `${surveyPath('low-fr')}/callback`, {
      form: { contact: 'demain matin' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain(fr.errors.contact);
    expect(res.body).toContain(fr.errors.consent);
    expect(res.body).not.toContain(en.errors.contact);
    expect(res.body).toContain('value="demain matin"');
    const english = await answer('low-en', 5);
    expect(english.body).toContain(en.callback.heading);
    const bad = await h.request('POST', `${surveyPath('low-en')}/callback`, {
      form: { contact: 'call me', consent: 'yes' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain(en.errors.contact);
    expect(bad.body).not.toContain(en.errors.consent);
    expect(await callbackItems()).toEqual([]);
  });

  it('a valid request is stored once in the main table, tied to the response’s team; never in the pulse table', async () => {
    const path = `${surveyPath('low-fr')}/callback`;
    const ok = await h.request('POST', path, { form: { contact: ` ${contact} `, consent: 'yes' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain(fr.callback.requested.heading);
    const again = await h.request('POST', path, { form: { contact: '06 12 34 56 78', consent: 'yes' } });
    expect(again.status).toBe(409);
    expect(again.body).toContain(fr.callback.alreadyRequested.heading);
    const items = await callbackItems();
    expect(items).toHaveLength(1);
    const responses = (await scanMain()).filter(
      (i) => i.type === 'CustomerResponse' && i.interactionId === 'low-fr',
    );
    expect(items[0]).toMatchObject({
      ...callbackKeys.callbackRequest('lyon-1', String(responses[0]?.responseId)),
      teamId: 'lyon-1',
      score: 3,
      channel: 'phone',
      contact,
      contactKind: 'email',
      requestedAt: '2026-11-18T10:00:00.000Z',
      // Never handled, it is swept with its contact by the table's TTL 90 days later.
      expiresAt: Date.parse('2026-11-18T10:00:00.000Z') / 1000 + 90 * 86_400,
    });
    expect(items[0]).not.toHaveProperty('advisorId');
    expect(JSON.stringify(await scan(h.db.config.PULSE_TABLE_NAME))).not.toContain(contact);
    expect(
      (
        await h.request('POST', `${surveyPath('low-en')}/callback`, {
          form: { contact: '+44 20 7946 0958', consent: 'yes' },
        })
      ).status,
    ).toBe(200);
  });

  it('is refused after a score of 7 or more, before any answer, and by GET; nothing stored', async () => {
    expect((await answer('mid', 7)).body).not.toContain('/callback');
    const after7 = await h.request('POST', `${surveyPath('mid')}/callback`, {
      form: { contact, consent: 'yes' },
    });
    expect(after7.status).toBe(401);
    const unanswered = await h.request('POST', `${surveyPath('low-lille')}/callback`, {
      form: { contact, consent: 'yes' },
    });
    expect(unanswered.status).toBe(401);
    expect((await h.request('GET', `${surveyPath('low-fr')}/callback`)).status).toBe(404);
    expect(await callbackItems()).toHaveLength(2);
  });
});

describe("the team manager's callbacks page", () => {
  it('lists the request with its score, channel, date and contact, linked from the team page', async () => {
    const team = await h.request('GET', '/teams/lyon-1', { cookie: cookies.manager });
    expect(team.body).toContain('/teams/lyon-1/callbacks');
    const page = await h.request('GET', '/teams/lyon-1/callbacks', { cookie: cookies.manager });
    expect(page.status).toBe(200);
    expect(page.body).toContain(contact);
    expect(page.body).toContain('+44 20 7946 0958');
    expect(page.body).toContain('Note 3 sur 10');
    expect(page.body).toContain('téléphone');
    expect(page.body).toContain('chat');
    expect(page.body).toContain('18 nov. 2026');
    const hr = await h.request('GET', '/teams/lyon-1/callbacks', { cookie: cookies.hr });
    expect(hr.body).toContain(contact);
  });

  it("another team's manager gets 404 exactly like an unknown path, and cannot mark it handled", async () => {
    const [item] = (await callbackItems()).filter((i) => i.contact === contact);
    const list = await h.request('GET', '/teams/lyon-1/callbacks', { cookie: cookies.otherManager });
    const unknown = await h.request('GET', '/teams/lyon-1/callbacks-nothing-here', {
      cookie: cookies.otherManager,
    });
    expect(list.status).toBe(404);
    expect(withoutPath(list)).toBe(withoutPath(unknown));
    expect(list.body).not.toContain(contact);
    const handled = await h.request('POST', `/teams/lyon-1/callbacks/${item?.responseId}/handled`, {
      cookie: cookies.otherManager,
      form: {},
    });
    expect(handled.status).toBe(404);
    // Their own team's page does not list it either.
    const own = await h.request('GET', '/teams/lille-1/callbacks', { cookie: cookies.otherManager });
    expect(own.status).toBe(200);
    expect(own.body).not.toContain(contact);
    expect((await callbackItems()).filter((i) => i.contact === contact)).toHaveLength(1);
  });

  it('"handled" deletes the contact details from the table and keeps only that it was handled, and when', async () => {
    const [item] = (await callbackItems()).filter((i) => i.contact === contact);
    const res = await h.request('POST', `/teams/lyon-1/callbacks/${item?.responseId}/handled`, {
      cookie: cookies.manager,
      form: {},
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/teams/lyon-1/callbacks');
    const everything = JSON.stringify(await scanMain());
    expect(everything).not.toContain(contact);
    expect(everything).not.toContain('marie.durand');
    const after = (await callbackItems()).find((i) => i.responseId === item?.responseId);
    expect(Object.keys(after ?? {}).sort()).toEqual([
      'handledAt',
      'pk',
      'responseId',
      'sk',
      'teamId',
      'type',
    ]);
    expect(after?.handledAt).toBe('2026-11-18T10:00:00.000Z');
    const page = await h.request('GET', '/teams/lyon-1/callbacks', { cookie: cookies.manager });
    expect(page.body).not.toContain(contact);
    expect(page.body).toContain('Demande traitée le 18 nov. 2026');
    // A handled response still cannot ask again.
    const again = await h.request('POST', `${surveyPath('low-fr')}/callback`, {
      form: { contact, consent: 'yes' },
    });
    expect(again.status).toBe(409);
    expect(JSON.stringify(await scanMain())).not.toContain(contact);
    const unknown = await h.request('POST', '/teams/lyon-1/callbacks/no-such-response/handled', {
      cookie: cookies.manager,
      form: {},
    });
    expect(unknown.status).toBe(404);
  });
});

describe('after a high score, the link the centre configures', () => {
  it('is shown only when configured (https only), in the customer’s language; 7–8 get a plain thanks', async () => {
    const plain = await answer('high-1', 9);
    expect(plain.status).toBe(200);
    expect(plain.body).not.toContain(fr.thanks.linkIntro.slice(0, 20));
    expect(plain.body).not.toContain('/callback');
    const settings = await h.deps.dispatch.getSurveySettings();
    expect(
      surveySettingsSchema.safeParse({
        ...settings,
        highScoreLink: { url: 'http://avis.example.com', label: { fr: 'Avis', en: 'Review' } },
      }).success,
    ).toBe(false);
    await h.deps.dispatch.putSurveySettings(
      surveySettingsSchema.parse({
        ...settings,
        highScoreLink: {
          url: 'https://avis.example.com/centre',
          label: { fr: 'Donner votre avis sur Avis.example', en: 'Review us on Avis.example' },
        },
      }),
    );
    const configured = await answer('high-2', 10);
    expect(configured.body).toContain('href="https://avis.example.com/centre"');
    expect(configured.body).toContain('Review us on Avis.example');
    expect(configured.body).toContain(en.thanks.linkIntro);
  });
});
