import { render, toPlainText } from '@react-email/render';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CustomerSurveyEmail } from '../../../web/emails/customer-survey.email.js';
import { type EmailBrand, productEmailBrand } from '../../../web/emails/email-brand.js';
import { PulseInvitationEmail } from '../../../web/emails/pulse-invitation.email.js';
import { renderCustomerSurveyMail, renderPulseInvitationMail } from '../../../web/emails/render-mail.js';

/** The full render every email went through before templates: react-email, then html-to-text. */
async function fullRender(element: Parameters<typeof render>[0]) {
  const html = await render(element);
  const text = toPlainText(html, {
    wordwrap: 78,
    selectors: [
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
    ],
  });
  return { html, text };
}

const names = [
  'Marie',
  '<b>Zoé</b>',
  'O’Brien & "Co"',
  "Jean-Émile d'Arc",
  'Anne  Sophie',
  'Maximilien-Alexandre-Bartholomé de la Tour-Saint-Germain',
  'A',
  '$& $1 $$',
];
const surveyUrls = [
  'https://barometre.example.fr/s/c/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
  'https://barometre.example.fr/s?t=abc.def&x=<y>',
  'http://127.0.0.1:3000/s/c/short',
];

/** The product's own brand, and a centre's with a logo and a name full of markup. */
const brands: EmailBrand[] = [
  productEmailBrand,
  {
    displayName: 'Relation <Client> & "Fils" l’Atelier',
    accent: '#8a1538',
    logoUrl: 'https://barometre.example.fr/brand/logo?v=abc123',
  },
];

describe('templates filled per recipient', () => {
  it('give the customer survey email the same HTML and text as a full render', async () => {
    for (const locale of ['fr', 'en'] as const)
      for (const channel of ['phone', 'email', 'chat', 'social', 'in-person', 'fax'])
        for (const [i, name] of names.entries()) {
          const brand = brands[i % brands.length] ?? productEmailBrand;
          const surveyUrl = surveyUrls[i % surveyUrls.length] ?? '';
          const unsubscribeUrl = `https://barometre.example.fr/u/${'x'.repeat(i * 13)}?a=1&b='2'`;
          const mail = await renderCustomerSurveyMail({
            locale,
            advisorFirstName: name,
            channel,
            surveyUrl,
            unsubscribeUrl,
            to: 'c@client.example',
            brand,
          });
          const full = await fullRender(
            createElement(CustomerSurveyEmail, {
              locale,
              advisorFirstName: name,
              channel,
              surveyUrl: new URL(surveyUrl).toString(),
              unsubscribeUrl: new URL(unsubscribeUrl).toString(),
              brand,
            }),
          );
          expect(mail.html).toBe(full.html);
          expect(mail.text).toBe(full.text);
        }
  }, 60_000);

  it('give the pulse invitation the same HTML and text as a full render', async () => {
    for (const locale of ['fr', 'en'] as const)
      for (const reminder of [false, true])
        for (const [i, surveyUrl] of surveyUrls.entries()) {
          const input = {
            brand: brands[i % brands.length] ?? productEmailBrand,
            locale,
            reminder,
            period: '2026-W07',
            surveyUrl,
            privacyUrl: `https://barometre.example.fr/privacy?lang=${locale}`,
          };
          const mail = await renderPulseInvitationMail({ ...input, to: 'a@centre.example' });
          const full = await fullRender(
            createElement(PulseInvitationEmail, { ...input, surveyUrl: new URL(surveyUrl).toString() }),
          );
          expect(mail.html).toBe(full.html);
          expect(mail.text).toBe(full.text);
        }
  }, 60_000);
});
