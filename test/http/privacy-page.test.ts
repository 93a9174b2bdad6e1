import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchPulse } from '../../functions/services/pulse-dispatch.service.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;

beforeAll(async () => {
  h = await surveyHarness();
});

describe('/privacy, the threat model linked from every pulse email', () => {
  it('answers in the language asked for, under the pages’ content security policy', async () => {
    for (const [lang, title] of [
      ['fr', 'Qui peut voir quoi dans vos réponses au questionnaire hebdomadaire'],
      ['en', 'Who can see what of your pulse answers'],
    ] as const) {
      const res = await h.app.request(`/privacy?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const html = await res.text();
      expect(html).toContain(title);
      expect(html).toContain(`lang="${lang}"`);
    }
  });

  it('speaks the browser’s language when none is asked for', async () => {
    const res = await h.app.request('/privacy', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(await res.text()).toContain('Who can see what');
  });

  it('links each pulse email to it, in the advisor’s language', async () => {
    await dispatchPulse(h.dispatchDeps, '2026-W47', 1);
    const english = h.mailer.to('p7@centre.example')[0];
    expect(english?.html).toContain('href="http://duopulse.test/privacy?lang=en"');
    const french = h.mailer.to('p1@centre.example')[0];
    expect(french?.html).toContain('href="http://duopulse.test/privacy?lang=fr"');
  });

  it('links each pulse page to it, in the advisor’s language', async () => {
    await dispatchPulse(h.dispatchDeps, '2026-W48', 1);
    for (const [to, lang] of [
      ['p7@centre.example', 'en'],
      ['p1@centre.example', 'fr'],
    ] as const) {
      const mail = h.mailer.to(to).at(-1);
      if (!mail) throw new Error(`no pulse email to ${to}`);
      const page = await (await h.app.request(linkIn(mail, '/s/p/'))).text();
      expect(page).toContain(`href="/privacy?lang=${lang}"`);
    }
  });
});
