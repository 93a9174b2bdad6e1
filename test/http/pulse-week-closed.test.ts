import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchPulse } from '../../functions/services/pulse-dispatch.service.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

// Wednesday of week 48: week 47's pulse links are valid until Monday 30 November.
const week = '2026-W47';
let h: SurveyHarness;

const linkOf = (to: string) => {
  const mail = h.mailer.sent.find((m) => m.to === to && m.tags.period === week);
  if (!mail) throw new Error(`no pulse invitation for ${to}`);
  return linkIn(mail, '/s/p/');
};

const post = (path: string, form: Record<string, string>) =>
  h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

async function pulseAnswersOfWeek() {
  const out = await h.db.clients.doc.send(
    new ScanCommand({ TableName: h.db.config.PULSE_TABLE_NAME, ConsistentRead: true }),
  );
  return (out.Items ?? []).filter((i) => i.period === week);
}

async function answered(advisorId: string) {
  const invitations = await h.dispatchDeps.dispatch.listPulseInvitationsWithMail(week);
  return invitations.find((i) => i.advisorId === advisorId)?.answered === true;
}

beforeAll(async () => {
  h = await surveyHarness(new Date('2026-11-25T09:00:00Z'));
  expect((await dispatchPulse(h.dispatchDeps, week, 1)).invited).toBe(7);
});

describe('a pulse link whose week has closed', () => {
  it('shows the form while the week is open, and says the week closed, naming it, if it closes before the form comes back', async () => {
    const link = linkOf('p1@centre.example');
    const open = await h.app.request(link);
    expect(open.status).toBe(200);
    expect(await open.text()).toContain('<form');
    await h.deps.publication.publishWeek(week, [], randomUUID());
    const late = await post(link, { 'wellbeing-week': '4' });
    expect(late.status).toBe(410);
    const body = await late.text();
    expect(body).toContain('semaine 47, du 16 au 22 novembre');
    expect(body).toContain('rien de ce que vous avez saisi n’a été gardé');
    expect(body).not.toContain('<form');
    expect(await pulseAnswersOfWeek()).toEqual([]);
    expect(await answered('P1')).toBe(false);
  });

  it('shows the closed page on the GET, before anyone types an answer, in the advisor’s language', async () => {
    const fr = await h.app.request(linkOf('p2@centre.example'), { headers: { 'accept-language': 'en' } });
    expect(fr.status).toBe(410);
    expect(fr.headers.get('cache-control')).toBe('no-store');
    const frBody = await fr.text();
    expect(frBody).toContain('<html lang="fr"');
    expect(frBody).toContain('Ce questionnaire hebdomadaire est clos');
    expect(frBody).toContain('Le questionnaire de la semaine 47, du 16 au 22 novembre, est clos');
    expect(frBody).toContain('Rien n’a été enregistré avec ce lien.');
    expect(frBody).not.toMatch(/<form|<input|<textarea/);
    const en = await h.app.request(linkOf('p7@centre.example'));
    expect(en.status).toBe(410);
    const enBody = await en.text();
    expect(enBody).toContain('<html lang="en"');
    expect(enBody).toContain('The questionnaire for week 47, 16–22 November, is closed');
    expect(enBody).not.toMatch(/<form|<input/);
  });

  it('shows the closed page once the link itself has expired', async () => {
    h.clock.advanceDays(6);
    const res = await h.app.request(linkOf('p3@centre.example'), { headers: { 'accept-language': 'fr' } });
    expect(res.status).toBe(410);
    const body = await res.text();
    expect(body).toContain('Ce questionnaire hebdomadaire est clos');
    expect(body).not.toContain('<form');
    const sent = await post(linkOf('p3@centre.example'), { 'wellbeing-week': '3' });
    expect(sent.status).toBe(410);
    expect(await sent.text()).toContain('rien de ce que vous avez saisi n’a été gardé');
    expect(await pulseAnswersOfWeek()).toEqual([]);
  });
});
