import { describe, expect, it } from 'vitest';
import { renderCustomerSurveyMail } from '../../../web/emails/render-mail.js';

const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const base = {
  advisorFirstName: 'Marie',
  channel: 'phone',
  surveyUrl: 'https://barometre.example.fr/s/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
  unsubscribeUrl: 'https://barometre.example.fr/unsubscribe/eyJ1IjoiYyJ9.c2ln',
  to: 'camille.martin@example.fr',
};

/** Every href of the HTML part, with the HTML entity for `&` undone. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

describe.each(['fr', 'en'] as const)('customer survey mail (%s)', (locale) => {
  it('names the advisor by first name in the subject and body, and says it in the right language', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale });
    expect(mail.to).toBe('camille.martin@example.fr');
    expect(mail.subject).toContain('Marie');
    expect(mail.html).toContain(`lang="${locale}"`);
    expect(mail.html).toContain('Marie');
    expect(mail.text).toContain('Marie');
    if (locale === 'fr') {
      expect(mail.subject).toBe('Comment s’est passé votre échange avec Marie\u202f?');
      expect(mail.text).toContain('par téléphone');
      expect(mail.html).toContain('se désinscrire');
    } else {
      expect(mail.subject).toBe('How was your conversation with Marie?');
      expect(mail.text).toContain('by phone');
      expect(mail.html).toContain('unsubscribe');
    }
  });

  it('links each score 0 to 10 exactly once to the survey page, token kept', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale });
    const scoreLinks = hrefs(mail.html).filter((href) => href.includes('score='));
    expect(scoreLinks).toEqual(scores.map((n) => `${base.surveyUrl}?score=${n}`));
  });

  it('gives every score link an accessible name and a finger-sized target', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale });
    const label = (n: number) => (locale === 'fr' ? `Note ${n} sur 10` : `Score ${n} out of 10`);
    for (const n of scores) expect(mail.html).toContain(`aria-label="${label(n)}"`);
    const anchors = [...mail.html.matchAll(/<a href="[^"]*score=\d+"[^>]*style="([^"]*)"/g)];
    expect(anchors).toHaveLength(11);
    for (const [, style] of anchors) {
      expect(style).toContain('width:48px');
      expect(style).toContain('padding-top:14px');
      expect(style).toContain('padding-bottom:14px');
    }
  });

  it('lists the 11 score links and the unsubscribe link in the plain-text part', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale });
    for (const n of scores) expect(mail.text).toContain(`${base.surveyUrl}?score=${n}`);
    expect(mail.text).toContain(base.unsubscribeUrl);
    expect(mail.text).not.toContain('<');
  });

  it('carries the RFC 8058 one-click unsubscribe headers and delivery tags', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale });
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${base.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.tags).toEqual({ kind: 'customer-survey', locale, channel: 'phone' });
    expect(hrefs(mail.html)).toContain(base.unsubscribeUrl);
  });

  it('has a preheader in the HTML only, and no image, pixel or script', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale });
    const preheader = locale === 'fr' ? 'Une question, un clic\u00a0: notez' : 'One question, one click:';
    expect(mail.html).toMatch(new RegExp(`data-skip-in-text="true">${preheader}`));
    expect(mail.text).not.toContain(preheader);
    expect(mail.html).not.toMatch(/<img|<script|background-image/i);
  });
});

describe('customer survey mail inputs', () => {
  it('adds the score to a survey URL that already has a query string', async () => {
    const mail = await renderCustomerSurveyMail({
      ...base,
      locale: 'en',
      surveyUrl: 'https://barometre.example.fr/s?t=abc.def',
    });
    expect(mail.text).toContain('https://barometre.example.fr/s?t=abc.def&score=7');
    expect(hrefs(mail.html)).toContain('https://barometre.example.fr/s?t=abc.def&score=10');
  });

  it('escapes the advisor name in the HTML', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale: 'fr', advisorFirstName: '<b>Zoé</b>' });
    expect(mail.html).not.toContain('<b>Zoé</b>');
    expect(mail.html).toContain('&lt;b&gt;Zoé&lt;/b&gt;');
  });

  it('falls back to a sentence without channel for an unknown channel', async () => {
    const mail = await renderCustomerSurveyMail({ ...base, locale: 'fr', channel: 'fax' });
    expect(mail.text).toContain('Vous avez récemment échangé avec Marie. Votre avis');
    expect(mail.tags.channel).toBe('fax');
  });

  it('refuses a recipient that would inject a header, and a non-http unsubscribe link', async () => {
    await expect(
      renderCustomerSurveyMail({ ...base, locale: 'fr', to: 'a@example.fr\r\nBcc: b@example.fr' }),
    ).rejects.toThrow('to must not contain a line break');
    await expect(
      renderCustomerSurveyMail({ ...base, locale: 'fr', unsubscribeUrl: 'javascript:alert(1)' }),
    ).rejects.toThrow('unsubscribeUrl must be an http(s) URL');
  });
});
