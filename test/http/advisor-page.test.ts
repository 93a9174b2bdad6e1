import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import { advisorSchema, teamSchema } from '../../shared/roster/index.js';
import { advisorMessages } from '../../web/pages/advisor/advisor-messages.js';
import { advisor, interaction, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';
import { type PageResponse, signInHarness, signInUsers } from '../support/sign-in-harness.js';
import { CapturingMailer, linkIn } from '../support/survey-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
const mailer = new CapturingMailer();
const cookies = {} as Record<keyof typeof signInUsers, string>;
/** Every customer email the test's contacts used. */
const customerEmails: string[] = [];

const lastWeek = new Date('2026-11-11T10:00:00Z');
const thisWeek = new Date('2026-11-18T10:00:00Z');

/** Customer answers, by advisor: A1 and B1 work in the same team. */
const a1LastWeek: Record<string, string>[] = [
  { satisfaction: '4', comment: 'A1 semaine passée : attente trop longue.' },
  { satisfaction: '4' },
];
const a1ThisWeek: Record<string, string>[] = [
  { satisfaction: '9', recommendation: '9', resolved: 'yes', comment: 'A1 très à l’écoute, merci.' },
  { satisfaction: '8', recommendation: '9', resolved: 'yes' },
  {
    satisfaction: '10',
    recommendation: '10',
    resolved: 'yes',
    comment: 'A1 problème réglé du premier coup.',
  },
  { satisfaction: '9', recommendation: '8', resolved: 'no' },
  { satisfaction: '7', recommendation: '9', resolved: 'yes' },
  { satisfaction: '9', recommendation: '10', resolved: 'yes' },
];
const b1ThisWeek: Record<string, string>[] = [
  { satisfaction: '3', resolved: 'no', comment: 'B1-SECRET rappel sans réponse.' },
  { satisfaction: '4', resolved: 'no', comment: 'B1-SECRET renvoyé d’un service à l’autre.' },
  { satisfaction: '5', resolved: 'yes' },
  { satisfaction: '2', resolved: 'no' },
  { satisfaction: '4', resolved: 'no' },
];

function post(path: string, form: Record<string, string>) {
  return h.request('POST', path, { form });
}

/** Records contacts for `advisorId` at the clock's time, sends their surveys and answers each. */
async function answerContacts(advisorId: string, tag: string, answers: Record<string, string>[]) {
  const now = h.clock.now();
  const contacts = answers.map((_, i) => interaction(`${tag}-${i}`, advisorId, now, 30 + i));
  customerEmails.push(...contacts.map((c) => c.customerEmail));
  await recordInteractionBatch(h.deps, {}, { interactions: contacts });
  await dispatchCustomerSurveys({ ...h.deps, mailer, publicBaseUrl: 'http://duopulse.test' });
  const paths: string[] = [];
  for (const [i, contact] of contacts.entries()) {
    const mail = mailer.to(contact.customerEmail)[0];
    if (!mail) throw new Error(`no survey mail for ${contact.externalId}`);
    const path = linkIn(mail, '/s/c/').split('?')[0] ?? '';
    const res = await post(path, answers[i] ?? {});
    expect(res.status).toBe(200);
    paths.push(path);
  }
  return paths;
}

async function partition(pk: string) {
  const out = await h.db.clients.doc.send(
    new QueryCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': pk },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

function withoutPath(res: PageResponse): string {
  return res.body.replaceAll(/No route for [A-Z]+ \S+"/g, 'No route"');
}

let repostPath = '';

beforeAll(async () => {
  h = await signInHarness({ now: lastWeek });
  await h.deps.roster.upsertTeams([teamSchema.parse(lyonTeam), teamSchema.parse(lilleTeam)]);
  await h.deps.roster.upsertAdvisors([
    advisorSchema.parse({ ...advisor('A1'), firstName: 'Alice', locale: 'fr' }),
    advisorSchema.parse({ ...advisor('B1'), firstName: 'Bruno', locale: 'fr' }),
  ]);
  for (const user of Object.values(signInUsers)) await addUser(h.deps, user);
  await answerContacts('A1', 'a1-w46', a1LastWeek);
  h.clock.current = thisWeek;
  [repostPath = ''] = await answerContacts('A1', 'a1-w47', a1ThisWeek);
  await answerContacts('B1', 'b1-w47', b1ThisWeek);
  for (const name of Object.keys(signInUsers) as (keyof typeof signInUsers)[]) {
    cookies[name] = await h.signInAs(signInUsers[name].email);
  }
});

describe("an advisor's own page", () => {
  it('shows A1 their own figures, weeks and comments, and nothing of B1', async () => {
    const res = await h.request('GET', '/me', { cookie: cookies.advisor });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = res.body;
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('A1 très à l’écoute, merci.');
    expect(page).toContain('A1 problème réglé du premier coup.');
    expect(page).toContain('A1 semaine passée : attente trop longue.');
    expect(page).not.toContain('B1-SECRET');
    // This week: satisfaction 52/6 = 8.67, once and done 5/6 = 83 %; last week: 2 responses.
    expect(page).toContain('semaine du 16 nov. 2026');
    expect(page).toMatch(/8,7 \[[0-9],[0-9] ; (10|[0-9]),[0-9]\], 6 réponses/);
    expect(page).toMatch(/83\s%/);
    expect(page).toContain('Trop peu de réponses (2 sur les 5 nécessaires) : pas de chiffre');
    // The quarter: 8 responses, satisfaction 60/8 = 7.5, against the shared objective 8.5.
    expect(page).toContain('4e trimestre 2026');
    expect(page).toMatch(/<strong>7,5 sur 10<\/strong>/);
    expect(page).toContain('Objectif\u00a0: 8,5 sur 10');
    expect(page).toContain('Objectif\u00a0: 9,2 sur 10');
    // The chart: an image with its name, a band and a line, and a table alternative.
    expect(page).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="advisor-satisfaction-title advisor-satisfaction-desc"/,
    );
    expect(page).toContain('<details>');
    expect(page).not.toMatch(/style="/);
    expect(page).not.toMatch(/<script/);
  });

  it('shows B1 only their own comments', async () => {
    const res = await h.request('GET', '/me', { cookie: cookies.otherAdvisor });
    expect(res.status).toBe(200);
    expect(res.body).toContain('B1-SECRET rappel sans réponse.');
    expect(res.body).toContain('B1-SECRET renvoyé d’un service à l’autre.');
    expect(res.body).not.toContain('A1 ');
    // B1: satisfaction 18/5 = 3.6 this week, well below the objective.
    expect(res.body).toMatch(/<strong>3,6 sur 10<\/strong>/);
    expect(res.body).toContain('En dessous de l’objectif');
  });

  it('names no advisor anywhere: /me/<id> and /advisors/<id> do not exist', async () => {
    for (const path of ['/me/B1', '/me/A1', '/advisors/B1', '/me?advisorId=B1', '/me?advisor=B1']) {
      const res = await h.request('GET', path, { cookie: cookies.advisor });
      if (path.startsWith('/me?')) {
        expect(res.status).toBe(200);
        expect(res.body).not.toContain('B1-SECRET');
        expect(res.body).toContain('A1 très à l’écoute, merci.');
        continue;
      }
      const unknown = await h.request('GET', `${path}-nothing-here`, { cookie: cookies.advisor });
      expect(res.status).toBe(404);
      expect(withoutPath(res)).toBe(withoutPath(unknown));
    }
  });

  it.each(['manager', 'hr', 'payroll', 'admin', 'otherManager'] as const)(
    'answers %s with the 404 of an unknown path',
    async (name) => {
      const res = await h.request('GET', '/me', { cookie: cookies[name] });
      const unknown = await h.request('GET', '/me-nothing-here', { cookie: cookies[name] });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
      expect(withoutPath(res)).toBe(withoutPath(unknown));
      expect(res.body).not.toContain('A1 ');
      expect(res.body).not.toContain('B1-SECRET');
    },
  );

  it('sends a signed-out visitor to sign-in', async () => {
    const res = await h.request('GET', '/me');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/auth/sign-in');
    expect(res.body).not.toContain('A1 ');
  });
});

describe('the weeks asked for', () => {
  it('shows the weeks of a valid range', async () => {
    const res = await h.request('GET', '/me?from=2026-W46&to=2026-W46', { cookie: cookies.advisor });
    expect(res.status).toBe(200);
    expect(res.body).toContain('A1 semaine passée : attente trop longue.');
    expect(res.body).not.toContain('A1 très à l’écoute, merci.');
  });

  it('answers a bad week with 400 naming the field, in the person’s language', async () => {
    const bad = await h.request('GET', '/me?from=2026-13', { cookie: cookies.advisor });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('from (première semaine)\u00a0: ce n’est pas une semaine ISO existante');
    expect(bad.body).not.toContain('A1 très');
    const reversed = await h.request('GET', '/me?from=2026-W47&to=2026-W40', { cookie: cookies.advisor });
    expect(reversed.status).toBe(400);
    expect(reversed.body).toContain('from (première semaine)\u00a0: elle vient après la dernière semaine');
    const tooLong = await h.request('GET', '/me?from=2024-W01&to=2026-W40', { cookie: cookies.advisor });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain('la période dépasse 53 semaines');

    const cookie = await h.signInAs(signInUsers.otherAdvisor.email);
    await h.request('POST', '/account/language', { cookie, form: { locale: 'en' } });
    try {
      const en = await h.request('GET', '/me?to=2026-W99', { cookie });
      expect(en.status).toBe(400);
      expect(en.body).toContain('<html lang="en">');
      expect(en.body).toContain('to (last week): not an existing ISO week');
    } finally {
      await h.request('POST', '/account/language', { cookie, form: { locale: 'fr' } });
    }
  });

  it('has no English words on the French page', async () => {
    const page = (await h.request('GET', '/me', { cookie: cookies.advisor })).body;
    const text = page.replaceAll(/<[^>]+>/g, ' ');
    const fr = advisorMessages.fr;
    const en = advisorMessages.en;
    const englishOnly = [
      en.title,
      en.intro,
      en.range.legend,
      en.range.from,
      en.range.to,
      en.range.submit,
      en.objectivesNote,
      en.measures.recommendation,
      en.measures.onceAndDone,
      en.outOfTen,
      en.objective,
      en.intervalLabel,
      en.weeksHeading,
      en.chartTitle,
      en.chartTable,
      en.weekColumn,
      en.responsesColumn,
      en.commentsHeading,
      en.readings.above,
      en.readings.below,
      en.readings.straddles,
      en.responses(6),
      en.tooFew(2, 5),
      en.tooFewShort,
      en.score(9),
      en.channels.phone,
    ].filter((s) => !Object.values(fr).includes(s as never));
    for (const s of englishOnly) expect(text, s).not.toContain(s);
    for (const word of ['week of', 'responses', 'Sign out', 'Objective', 'Too few'])
      expect(text).not.toContain(word);
  });
});

describe('what recording stores for the advisor page', () => {
  it('counts each response once in the advisor week, even when the same link is posted again', async () => {
    const again = await post(repostPath, { satisfaction: '0', comment: 'A1 second envoi.' });
    expect(again.status).toBe(409);
    const weeks = await partition(keys.advisorWeekCustomerAggregatesPartition('A1'));
    expect(weeks.map((w) => [w.sk, w.satisfactionN, w.satisfactionSum, w.resolvedN, w.resolvedSum])).toEqual([
      ['PERIOD#2026-W46', 2, 8, undefined, undefined],
      ['PERIOD#2026-W47', 6, 52, 6, 5],
    ]);
    const b1Weeks = await partition(keys.advisorWeekCustomerAggregatesPartition('B1'));
    expect(b1Weeks.map((w) => [w.sk, w.satisfactionN, w.satisfactionSum])).toEqual([
      ['PERIOD#2026-W47', 5, 18],
    ]);
    const comments = await partition(keys.advisorCustomerCommentsPartition('A1'));
    expect(comments.map((c) => c.comment).sort()).toEqual(
      [
        'A1 problème réglé du premier coup.',
        'A1 semaine passée : attente trop longue.',
        'A1 très à l’écoute, merci.',
      ].sort(),
    );
    expect((await h.request('GET', '/me', { cookie: cookies.advisor })).body).not.toContain(
      'A1 second envoi.',
    );
  });

  it('keeps no customer email or customer key in the advisor week counters and comments', async () => {
    const items = [
      ...(await partition(keys.advisorWeekCustomerAggregatesPartition('A1'))),
      ...(await partition(keys.advisorWeekCustomerAggregatesPartition('B1'))),
      ...(await partition(keys.advisorCustomerCommentsPartition('A1'))),
      ...(await partition(keys.advisorCustomerCommentsPartition('B1'))),
    ];
    expect(items).toHaveLength(2 + 1 + 3 + 2);
    const stored = JSON.stringify(items);
    expect(customerEmails).toHaveLength(a1LastWeek.length + a1ThisWeek.length + b1ThisWeek.length);
    for (const email of customerEmails) {
      expect(stored).not.toContain(email);
      expect(stored).not.toContain(h.deps.customerKey(email));
    }
    expect(stored).not.toContain('@');
    for (const item of items) {
      expect(Object.keys(item)).not.toContain('customerKey');
      expect(Object.keys(item)).not.toContain('interactionId');
    }
  });
});
