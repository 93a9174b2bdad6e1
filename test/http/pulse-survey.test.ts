import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { aesPulseSeal } from '../../functions/adapters/pulse/pulse-seal.js';
import { publishClosedWeeks } from '../../functions/services/publication/publish-pulse.service.js';
import { dispatchPulse, remindPulse } from '../../functions/services/pulse-dispatch.service.js';
import { publicationDeps } from '../../functions/wiring/publication.wiring.js';
import { surveyMessages } from '../../shared/i18n/survey-messages.js';
import { pulseItemsFor } from '../../shared/surveys/pulse-bank.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;
const week1 = '2026-W47';
const week2 = '2026-W48';

async function pulseTableItems() {
  const out = await h.db.clients.doc.send(
    new ScanCommand({ TableName: h.db.config.PULSE_TABLE_NAME, ConsistentRead: true }),
  );
  return out.Items ?? [];
}

async function mainTableItems(): Promise<Map<string, string>> {
  const out = await h.db.clients.doc.send(
    new ScanCommand({ TableName: h.db.config.MAIN_TABLE_NAME, ConsistentRead: true }),
  );
  return new Map((out.Items ?? []).map((i) => [`${i.pk}|${i.sk}`, JSON.stringify(i)]));
}

const publication = () => ({ ...publicationDeps(h.db.config, h.db.clients), clock: h.clock });

/** Each advisor answers every item of the week with a value of its own. */
async function answerAll(period: string, skip: readonly string[] = []) {
  const items = pulseItemsFor(period);
  const mails = h.mailer.sent.filter((m) => m.tags.kind === 'pulse-invitation' && m.tags.period === period);
  let answered = 0;
  for (const [index, mail] of mails.entries()) {
    if (skip.includes(mail.to)) continue;
    const form: Record<string, string> = Object.fromEntries(
      items.map((item) => [item.id, String(Math.min(item.scale.max, item.scale.min + ((index + 1) % 5)))]),
    );
    // Comments of every length up to the 1,000-character limit, in 1- to 3-byte characters
    // (and 4-byte pairs), or none: the sealed answer must not tell which.
    const comments = ['', 'Ça va.', '€'.repeat(1000), 'Trop d’appels, pas assez de pauses 😓'.repeat(20), ''];
    const comment = comments[index % comments.length] ?? '';
    if (comment) form.comment = comment;
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': 'Mozilla/5.0 Test',
        'x-forwarded-for': '203.0.113.9',
      },
      body: new URLSearchParams(form).toString(),
    });
    expect(res.status).toBe(200);
    answered++;
  }
  return answered;
}

beforeAll(async () => {
  h = await surveyHarness(new Date('2026-11-18T08:00:00Z'));
  expect(isoWeekOf(h.clock.now())).toBe(week1);
});

describe('a full pulse round', () => {
  it('invites every active advisor once, even when the job runs twice', async () => {
    const first = await dispatchPulse(h.dispatchDeps, week1, 1);
    expect(first).toMatchObject({ teams: 2, invited: 7, alreadyInvited: 0 });
    const again = await dispatchPulse(h.dispatchDeps, week1, 1);
    expect(again).toMatchObject({ invited: 0, alreadyInvited: 7 });
    expect(h.mailer.sent.filter((m) => m.tags.kind === 'pulse-invitation')).toHaveLength(7);
    const english = h.mailer.to('p7@centre.example')[0];
    expect(english?.tags.locale).toBe('en');
  });

  it("changes, in the main table, only the answering advisor's invitation", async () => {
    const mail = h.mailer.sent.find((m) => m.to === 'p1@centre.example' && m.tags.period === week1);
    if (!mail) throw new Error('no invitation for P1');
    const before = await mainTableItems();
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'wellbeing-week': '4' }).toString(),
    });
    expect(res.status).toBe(200);
    const after = await mainTableItems();
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual([]);
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^INVITATION#.+\|PULSE$/);
    expect(JSON.parse(after.get(changed[0] ?? '') ?? '{}')).toMatchObject({
      advisorId: 'P1',
      answered: true,
    });
  });

  it('stores answers with team, week, a random id and a sealed answer of one length only', async () => {
    expect(await answerAll(week1, ['p1@centre.example', 'p6@centre.example'])).toBe(5);
    const stored = await pulseTableItems();
    expect(stored).toHaveLength(6);
    const advisorIds = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
    expect(new Set(stored.map((i) => String(i.sealed).length)).size).toBe(1);
    const opened = await Promise.all(
      stored.map((i) => aesPulseSeal(h.db.config.APP_SECRET).open(String(i.sealed))),
    );
    expect(opened.filter((o) => o.workMode === 'remote')).toHaveLength(2);
    const lengths = opened.map((o) => o.comment?.length ?? 0);
    expect(lengths).toEqual(expect.arrayContaining([0, 1000]));
    expect(lengths.some((n) => n > 0 && n < 1000)).toBe(true);
    for (const item of stored) {
      expect(Object.keys(item).sort()).toEqual(['period', 'pk', 'sealed', 'sk', 'teamId', 'type']);
      expect(String(item.sealed)).not.toMatch(/wellbeing|remote|on-site/);
      expect(item.period).toBe(week1);
      const text = JSON.stringify(item);
      for (const id of advisorIds) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
      expect(text).not.toContain('@');
      expect(text).not.toContain('203.0.113.9');
      expect(text).not.toContain('Mozilla');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}/);
      expect(String(item.sk)).toMatch(/^ANSWER#[0-9a-f-]{36}$/);
    }
    const invitations = (
      await h.db.clients.doc.send(
        new ScanCommand({
          TableName: h.db.config.MAIN_TABLE_NAME,
          FilterExpression: '#t = :t',
          ExpressionAttributeNames: { '#t': 'type' },
          ExpressionAttributeValues: { ':t': 'PulseInvitation' },
        }),
      )
    ).Items;
    const answerIds = new Set(stored.map((s) => String(s.sk).slice(7)));
    expect(JSON.stringify(invitations)).not.toMatch(new RegExp([...answerIds].join('|')));
  });

  it('sends one reminder to those who have not answered, and only once', async () => {
    const first = await remindPulse(h.dispatchDeps, week1);
    expect(first.reminded).toBe(1);
    const reminders = h.mailer.sent.filter((m) => m.tags.kind === 'pulse-reminder');
    expect(reminders.map((m) => m.to)).toEqual(['p6@centre.example']);
    expect((await remindPulse(h.dispatchDeps, week1)).reminded).toBe(0);
  });

  it('publishes a week only once its links have expired, from k advisors per figure', async () => {
    h.clock.advanceDays(7);
    await dispatchPulse(h.dispatchDeps, week2, 1);
    expect(await answerAll(week2)).toBe(7);
    expect((await publishClosedWeeks(publication())).published).not.toContain(week1);
    // W48's links expire 14 days after its Monday (2026-11-23): publish both weeks after that.
    h.clock.advanceDays(13);
    const summary = await publishClosedWeeks(publication());
    expect(summary.published).toEqual(expect.arrayContaining([week1, week2]));
    const figures = await h.deps.publication.figuresOfGroups(
      ['team:lyon-1', 'team:lille-1', 'team:lyon-1/mode:on-site', 'team:lyon-1/mode:remote', 'centre'],
      week1,
      week2,
    );
    const lyonWeeks = figures.filter((f) => f.group === 'team:lyon-1' && f.window.kind === 'week');
    // W47: P1–P5 answered (5 advisors); W48: P1–P6 (6).
    expect(lyonWeeks.map((f) => [f.window.id, f.dimensions.wellbeing?.n])).toEqual([
      [week1, 5],
      [week2, 6],
    ]);
    // Lille (one advisor) and each work mode of Lyon (three at most) are never published; the
    // centre's wellbeing neither (Lille's one advisor would be its difference from Lyon's).
    const groups = new Set(figures.map((f) => f.group));
    expect(groups.has('team:lille-1') || groups.has('team:lyon-1/mode:on-site')).toBe(false);
    expect(figures.filter((f) => f.group === 'centre' && f.dimensions.wellbeing)).toEqual([]);
    // W47's rotating items were answered by P2–P5 in Lyon (P1 answered wellbeing only) and P7 in
    // Lille: too few in either team, five advisors in the centre, published for the month.
    const centreMonth = figures.find((f) => f.group === 'centre' && f.window.kind === 'month');
    expect(centreMonth?.dimensions.meaning?.n).toBe(5);
    expect(figures.some((f) => f.group === 'team:lyon-1' && f.dimensions.meaning)).toBe(false);
  });

  it("answers a published week's link as expired and stores nothing", async () => {
    const mail = h.mailer.sent.find((m) => m.to === 'p6@centre.example' && m.tags.period === week1);
    if (!mail) throw new Error('no invitation for P6');
    const before = (await pulseTableItems()).length;
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'wellbeing-week': '2' }).toString(),
    });
    expect(res.status).toBe(410);
    expect((await pulseTableItems()).length).toBe(before);
  });

  it('rejects an empty pulse and records nothing', async () => {
    await dispatchPulse(h.dispatchDeps, '2026-W49', 1);
    const mail = h.mailer.sent.find((m) => m.tags.period === '2026-W49');
    if (!mail) throw new Error('no invitation');
    const before = (await pulseTableItems()).length;
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(400);
    expect((await pulseTableItems()).length).toBe(before);
  });

  it('refuses a comment over 1,000 characters, naming the field and keeping what was typed; records nothing', async () => {
    const mail = h.mailer.sent.find((m) => m.tags.period === '2026-W49');
    if (!mail) throw new Error('no invitation');
    const before = (await pulseTableItems()).length;
    const long = `${'x'.repeat(1000)}y`;
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'wellbeing-week': '3', comment: long }).toString(),
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('id="comment"');
    expect(page).toContain(long);
    expect((await pulseTableItems()).length).toBe(before);
    const shown = await h.app.request(linkIn(mail, '/s/p/'));
    expect(await shown.text()).toMatch(/N’écrivez aucun nom|Write no name/);
  });

  it('words a French advisor’s mistakes in French: out of scale, and nothing answered', async () => {
    await dispatchPulse(h.dispatchDeps, '2026-W49', 1);
    const mail = h.mailer.sent.find((m) => m.to === 'p2@centre.example' && m.tags.period === '2026-W49');
    if (!mail) throw new Error('no invitation for P2');
    const send = (form: Record<string, string>) =>
      h.app.request(linkIn(mail, '/s/p/'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
    const fr = surveyMessages('fr').errors;
    const outOfScale = await send({ 'wellbeing-week': '9' });
    expect(outOfScale.status).toBe(400);
    const outOfScaleHtml = await outOfScale.text();
    expect(outOfScaleHtml).toContain(fr.pulseOutOfRange(1, 5));
    const empty = await send({});
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain(fr.pulseEmpty);
    for (const html of [outOfScaleHtml, emptyHtml])
      expect(html).not.toMatch(/answer at least|choose a whole|Invalid|expected/);
  });
});
