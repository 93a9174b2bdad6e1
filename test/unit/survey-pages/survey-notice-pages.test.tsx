import { describe, expect, it } from 'vitest';
import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import { SurveyAlreadyRecordedPage } from '../../../web/pages/survey/survey-already-recorded.page.js';
import { SurveyExpiredPage } from '../../../web/pages/survey/survey-expired.page.js';
import { SurveyInvalidLinkPage } from '../../../web/pages/survey/survey-invalid-link.page.js';
import { SurveyThanksPage } from '../../../web/pages/survey/survey-thanks.page.js';
import { UnsubscribeConfirmPage } from '../../../web/pages/survey/unsubscribe-confirm.page.js';
import { UnsubscribedPage } from '../../../web/pages/survey/unsubscribed.page.js';
import { render, tags, texts } from './html-probe.js';

const expectedHeadings = {
  fr: {
    customerThanks: 'Merci\u202f!',
    pulseThanks: 'Merci\u202f!',
    alreadyRecorded: 'Votre réponse est déjà enregistrée',
    expired: 'Ce lien a expiré',
    invalidLink: 'Ce lien n’est pas valide',
    unsubscribeConfirm: 'Ne plus recevoir nos enquêtes de satisfaction',
    unsubscribed: 'Votre désinscription est enregistrée',
  },
  en: {
    customerThanks: 'Thank you!',
    pulseThanks: 'Thank you!',
    alreadyRecorded: 'Your answer is already recorded',
    expired: 'This link has expired',
    invalidLink: 'This link is not valid',
    unsubscribeConfirm: 'Stop receiving our satisfaction surveys',
    unsubscribed: 'You are unsubscribed',
  },
} as const;

describe.each(['fr', 'en'] as const)('survey notice pages (%s)', (locale) => {
  const m = surveyMessages(locale);
  const pages = {
    customerThanks: <SurveyThanksPage locale={locale} kind="customer" />,
    pulseThanks: <SurveyThanksPage locale={locale} kind="pulse" />,
    alreadyRecorded: <SurveyAlreadyRecordedPage locale={locale} />,
    expired: <SurveyExpiredPage locale={locale} />,
    invalidLink: <SurveyInvalidLinkPage locale={locale} />,
    unsubscribeConfirm: <UnsubscribeConfirmPage locale={locale} action="/unsubscribe/tok" />,
    unsubscribed: <UnsubscribedPage locale={locale} />,
  };

  it.each(Object.keys(pages) as (keyof typeof pages)[])(
    '%s: the locale, a main landmark, a single h1 that is also the title, no script',
    async (page) => {
      const html = await render(pages[page]);
      expect(tags(html, 'html')).toEqual([{ lang: locale }]);
      expect(tags(html, 'main')).toHaveLength(1);
      expect(texts(html, 'h1')).toEqual([expectedHeadings[locale][page]]);
      expect(texts(html, 'title')).toEqual([expectedHeadings[locale][page]]);
      expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);
    },
  );

  it('says on the invalid and expired link pages that nothing was recorded', async () => {
    expect(await render(pages.invalidLink)).toContain(
      locale === 'fr' ? 'Rien n’a été enregistré.' : 'Nothing was recorded.',
    );
    expect(await render(pages.expired)).toContain(
      locale === 'fr' ? 'rien n’a été enregistré' : 'nothing was recorded',
    );
  });

  it('thanks customers and advisors differently', async () => {
    expect(await render(pages.customerThanks)).toContain(m.thanks.customer.body[0]);
    expect(await render(pages.pulseThanks)).toContain(m.thanks.pulse.body[0]);
    expect(m.thanks.customer.body[0]).not.toBe(m.thanks.pulse.body[0]);
  });

  it('unsubscribes only through a button that POSTs to the action', async () => {
    const html = await render(pages.unsubscribeConfirm);
    expect(tags(html, 'form')).toEqual([{ method: 'post', action: '/unsubscribe/tok' }]);
    expect(tags(html, 'button')).toEqual([{ type: 'submit', class: 'button' }]);
    expect(texts(html, 'button')).toEqual([m.unsubscribeConfirm.submit]);
    expect(tags(html, 'a')).toEqual([]);
  });
});
