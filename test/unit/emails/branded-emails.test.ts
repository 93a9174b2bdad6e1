import { describe, expect, it } from 'vitest';
import { mailBrandOf } from '../../../functions/services/mail-brand.js';
import type { Brand } from '../../../shared/brand/brand.schema.js';
import { emailBrandOf, productAccent } from '../../../web/emails/email-brand.js';
import {
  renderCustomerSurveyMail,
  renderManagerDigestMail,
  renderPulseInvitationMail,
} from '../../../web/emails/render-mail.js';

const base = 'https://barometre.example.fr';

const centreBrand: Brand = {
  displayName: 'Assurances Rhône',
  accentColour: '#8A1538',
  logo: { type: 'image/png', base64: 'iVBORw0KGgo=', version: 'v7f3a' },
  updatedAt: '2026-11-02T09:00:00.000Z',
  updatedBy: 'admin@centre.example',
};

function customer(brand: Brand | undefined, locale: 'fr' | 'en' = 'fr') {
  return renderCustomerSurveyMail({
    locale,
    advisorFirstName: 'Camille',
    channel: 'phone',
    surveyUrl: `${base}/s/c/token-1`,
    unsubscribeUrl: `${base}/u/unsub-1`,
    to: 'client@client.example',
    brand: emailBrandOf(brand, base),
  });
}

function pulse(brand: Brand | undefined, locale: 'fr' | 'en' = 'fr') {
  return renderPulseInvitationMail({
    locale,
    surveyUrl: `${base}/s/p/token-1`,
    to: 'advisor@centre.example',
    reminder: false,
    period: '2026-W48',
    privacyUrl: `${base}/privacy?lang=${locale}`,
    brand: emailBrandOf(brand, base),
  });
}

function digest(brand: Brand | undefined, locale: 'fr' | 'en' = 'fr') {
  return renderManagerDigestMail({
    digest: { locale, week: '2026-W47', teams: [] },
    publicBaseUrl: base,
    k: 5,
    to: 'manager@centre.example',
    brand: emailBrandOf(brand, base),
  });
}

const renders = { customer, pulse, digest } as const;
const logoUrl = `${base}/brand/logo?v=v7f3a`;

describe('the centre brand in the email bodies', () => {
  for (const [kind, render] of Object.entries(renders)) {
    it(`${kind}: the centre's name in the header and signature, its accent colour and its logo`, async () => {
      const mail = await render(centreBrand);
      expect(mail.html).toContain('Assurances Rhône');
      expect(mail.html).toContain('L’équipe Assurances Rhône');
      expect(mail.html).toContain('border-bottom:4px solid #8a1538');
      expect(mail.html).toContain(`src="${logoUrl}"`);
      expect(mail.html).toContain('alt="Assurances Rhône"');
      // The product may still be named as the tool in a footer, never as the sender's brand.
      expect(mail.html).not.toContain('>Duopulse<');
      expect(mail.html).not.toContain('L’équipe Duopulse');
      expect(mail.html).not.toContain(productAccent);
      // The text part names the centre at the top and signs with it; the logo is not text.
      expect(mail.text.startsWith('Assurances Rhône')).toBe(true);
      expect(mail.text).toContain('L’équipe Assurances Rhône');
      expect(mail.text).not.toContain('brand/logo');
      const en = await render(centreBrand, 'en');
      expect(en.text).toContain('The Assurances Rhône team');
    });

    it(`${kind}: without a brand, the product's own name and colour and no logo`, async () => {
      const mail = await render(undefined);
      expect(mail.html).toContain('>Duopulse</p>');
      expect(mail.html).toContain('L’équipe Duopulse');
      expect(mail.html).toContain(`border-bottom:4px solid ${productAccent}`);
      expect(mail.html).not.toContain('<img');
      expect(mail.html).not.toContain('/brand/logo');
      expect(mail.text).toContain('L’équipe Duopulse');
    });

    it(`${kind}: a hostile display name is escaped in the HTML and kept literal in the text`, async () => {
      const hostile = '<script>alert("x")</script> O\'Neil & "Fils"';
      const mail = await render({ ...centreBrand, displayName: hostile });
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('alt="<script>');
      expect(mail.html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#x27;Neil &amp; &quot;Fils&quot;',
      );
      expect(mail.html).toContain('alt="&lt;script&gt;alert(&quot;x&quot;)');
      expect(mail.text).toContain(`L’équipe ${hostile}`);
    });
  }

  it('a customer email of another brand is not served from the first brand’s cached template', async () => {
    const first = await customer(centreBrand);
    const other = await customer({ ...centreBrand, displayName: 'Mutuelle Loire', accentColour: '#1a5e20' });
    expect(first.html).toContain('Assurances Rhône');
    expect(other.html).toContain('Mutuelle Loire');
    expect(other.html).toContain('#1a5e20');
    expect(other.html).not.toContain('Assurances Rhône');
  });
});

describe('emailBrandOf', () => {
  it('keeps an accent only when it passes the pages’ contrast check', () => {
    expect(emailBrandOf({ ...centreBrand, accentColour: '#ffeb3b' }, base).accent).toBe(productAccent);
    expect(emailBrandOf({ ...centreBrand, accentColour: 'red' }, base).accent).toBe(productAccent);
    expect(emailBrandOf(centreBrand, base).accent).toBe('#8a1538');
  });

  it('points the logo at the app’s own /brand/logo route on the public base URL', () => {
    expect(emailBrandOf(centreBrand, 'https://barometre.example.fr/').logoUrl).toBe(logoUrl);
    expect(emailBrandOf({ ...centreBrand, logo: undefined }, base).logoUrl).toBeUndefined();
  });

  it('falls back to the product’s brand when the brand cannot be read', async () => {
    const failing = { getBrand: () => Promise.reject(new Error('throttled')) };
    expect((await mailBrandOf(failing, base)).displayName).toBe('Duopulse');
    const stored = { getBrand: () => Promise.resolve(centreBrand) };
    expect(await mailBrandOf(stored, base)).toEqual({
      displayName: 'Assurances Rhône',
      accent: '#8a1538',
      logoUrl,
    });
  });
});
