import { beforeAll, describe, expect, it } from 'vitest';
import { surveyMessages } from '../../shared/i18n/survey-messages.js';
import { type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;

beforeAll(async () => {
  h = await surveyHarness();
});

async function page(path: string, acceptLanguage?: string) {
  const res = await h.app.request(path, {
    headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
  });
  return { status: res.status, html: await res.text() };
}

describe('pages with no signed-in person pick their language by negotiation (hono/language)', () => {
  const cases: [string | undefined, 'fr' | 'en'][] = [
    ['de-DE,en', 'en'],
    ['de-DE,de;q=0.9,en;q=0.8,fr;q=0.7', 'en'],
    ['fr-CA', 'fr'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-US', 'en'],
    ['es-ES,it', 'fr'],
    ['en;q=0,fr', 'fr'],
    [undefined, 'fr'],
  ];

  it.each(cases)(
    'Accept-Language %s → %s on the landing, privacy and invalid-link pages',
    async (accept, lang) => {
      for (const path of ['/', '/privacy', '/s/c/not-a-token']) {
        const { html } = await page(path, accept);
        expect(html, path).toContain(`<html lang="${lang}">`);
      }
      const invalid = await page('/s/c/not-a-token', accept);
      expect(invalid.status).toBe(401);
      expect(invalid.html).toContain(surveyMessages(lang).invalidLink.heading);
    },
  );

  it('?lang= wins over the browser', async () => {
    expect((await page('/privacy?lang=en', 'fr-FR')).html).toContain('<html lang="en">');
    expect((await page('/privacy?lang=fr', 'de-DE,en')).html).toContain('<html lang="fr">');
  });

  it('sets no language cookie', async () => {
    const res = await h.app.request('/', { headers: { 'accept-language': 'de-DE,en' } });
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
