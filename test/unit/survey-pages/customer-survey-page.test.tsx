import { describe, expect, it } from 'vitest';
import { surveyFollowUpMessages } from '../../../shared/i18n/survey-follow-up-messages.js';
import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import { CustomerSurveyPage } from '../../../web/pages/survey/customer-survey.page.js';
import { byId, checkedInputs, radios, render, tags, texts } from './html-probe.js';

const base = { advisorFirstName: 'Marie', channel: 'phone', action: '/s/c/tok.en-1?x=1&y=2' } as const;

describe.each(['fr', 'en'] as const)('customer survey page (%s)', (locale) => {
  const m = surveyMessages(locale);
  const f = surveyFollowUpMessages(locale);

  it('is one document in the locale with a main landmark, one h1 naming the advisor, and no script', async () => {
    const html = await render(<CustomerSurveyPage {...base} locale={locale} />);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(tags(html, 'html')).toEqual([{ lang: locale }]);
    expect(tags(html, 'main')).toHaveLength(1);
    expect(texts(html, 'h1')).toEqual([
      locale === 'fr'
        ? 'Votre avis sur votre échange avec Marie'
        : 'Your feedback on your conversation with Marie',
    ]);
    expect(html).toContain(locale === 'fr' ? 'par téléphone' : 'by phone');
    expect(tags(html, 'meta').some((a) => a.name === 'viewport')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);
  });

  it('posts every question to the action, and nothing else', async () => {
    const html = await render(<CustomerSurveyPage {...base} locale={locale} />);
    const [form, ...others] = tags(html, 'form');
    expect(others).toHaveLength(0);
    expect(form).toMatchObject({ method: 'post', action: '/s/c/tok.en-1?x=1&amp;y=2' });
    expect(radios(html, 'satisfaction').map((r) => r.value)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(radios(html, 'recommendation')).toHaveLength(11);
    expect(radios(html, 'resolved').map((r) => r.value)).toEqual(['yes', 'no']);
    expect(radios(html, 'effort').map((r) => r.value)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(tags(html, 'textarea')).toEqual([
      expect.objectContaining({ name: 'comment', id: 'comment', maxlength: '2000' }),
    ]);
    // The score is confirmed right under it; the optional questions end with their own button.
    // Both send the same form to the same action.
    expect(tags(html, 'button')).toEqual([
      { type: 'submit', id: 'confirm-score', class: 'button confirm' },
      { type: 'submit', id: 'send-all', class: 'button' },
    ]);
    expect(texts(html, 'button')).toEqual([f.survey.confirm, m.customer.submit]);
  });

  it('labels every radio input and groups each scale in a fieldset with a legend', async () => {
    const html = await render(<CustomerSurveyPage {...base} locale={locale} />);
    const labelled = new Set(tags(html, 'label').map((l) => l.for));
    for (const input of tags(html, 'input')) expect(labelled).toContain(input.id);
    expect(tags(html, 'fieldset')).toHaveLength(4);
    expect(texts(html, 'legend')).toHaveLength(4);
    expect(texts(html, 'label')).toEqual(
      expect.arrayContaining([m.customer.resolved.yes, m.customer.resolved.no]),
    );
  });

  it('shows the score clicked in the email selected, and only that one', async () => {
    const html = await render(<CustomerSurveyPage {...base} locale={locale} preselectedScore={7} />);
    expect(checkedInputs(html)).toEqual(['satisfaction=7']);
    expect(html).toContain(f.survey.preselected(7));
  });

  it.each([0, 10])('preselects the ends of the scale too (%i)', async (score) => {
    const html = await render(<CustomerSurveyPage {...base} locale={locale} preselectedScore={score} />);
    expect(checkedInputs(html)).toEqual([`satisfaction=${score}`]);
  });

  it.each([undefined, 11, -1, 3.5, Number.NaN])(
    'selects nothing for a score that is not 0–10 (%s)',
    async (score) => {
      const html = await render(<CustomerSurveyPage {...base} locale={locale} preselectedScore={score} />);
      expect(checkedInputs(html)).toEqual([]);
      expect(html).not.toContain('class="note"');
    },
  );

  it('fills the form again from the posted values, which win over the email click', async () => {
    const html = await render(
      <CustomerSurveyPage
        {...base}
        locale={locale}
        preselectedScore={7}
        values={{
          satisfaction: '3',
          recommendation: '9',
          resolved: 'no',
          effort: '2',
          comment: 'Très bien <merci> & "bravo"',
        }}
      />,
    );
    expect(checkedInputs(html)).toEqual(['satisfaction=3', 'recommendation=9', 'resolved=no', 'effort=2']);
    expect(byId(html, 'comment')).toBe('Très bien &lt;merci&gt; &amp; &quot;bravo&quot;');
  });

  it('says nothing of errors when there are none', async () => {
    const html = await render(<CustomerSurveyPage {...base} locale={locale} />);
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('class="field-error"');
    expect(html).not.toContain('aria-invalid');
    expect(texts(html, 'title')[0]?.startsWith(m.errorTitlePrefix)).toBe(false);
  });

  it('summarises the errors at the top, in form order, each linked to its field, and repeats each at its field', async () => {
    const errors = [
      { path: 'comment', message: m.errors.customer.comment },
      { path: 'satisfaction', message: m.errors.customer.satisfaction },
      { path: 'effort', message: m.errors.customer.effort },
    ];
    const html = await render(
      <CustomerSurveyPage {...base} locale={locale} errors={errors} values={{ effort: '9', comment: 'x' }} />,
    );
    expect(texts(html, 'title')[0]).toBe(`${m.errorTitlePrefix}${m.customer.title('Marie')}`);
    const summary = /<div class="error-summary" role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(summary).toContain(m.errorSummaryHeading);
    expect(tags(summary, 'a').map((a) => a.href)).toEqual(['#satisfaction-0', '#effort-1', '#comment']);
    expect(texts(summary, 'a')).toEqual([
      m.errors.customer.satisfaction,
      m.errors.customer.effort,
      m.errors.customer.comment,
    ]);
    for (const target of ['satisfaction-0', 'effort-1', 'comment']) {
      expect(tags(html, '\\w+').filter((a) => a.id === target)).toHaveLength(1);
    }
    expect(byId(html, 'satisfaction-error')).toContain(m.errors.customer.satisfaction);
    expect(byId(html, 'effort-error')).toContain(m.errors.customer.effort);
    expect(byId(html, 'comment-error')).toContain(m.errors.customer.comment);
    expect(byId(html, 'recommendation-error')).toBeUndefined();
    const fieldsets = tags(html, 'fieldset').map((f) => f['aria-describedby']);
    expect(fieldsets).toEqual([
      'satisfaction-anchors satisfaction-error',
      'recommendation-anchors',
      undefined,
      'effort-anchors effort-error',
    ]);
    expect(tags(html, 'textarea')[0]).toMatchObject({
      'aria-describedby': 'comment-hint comment-error',
      'aria-invalid': 'true',
    });
  });

  it('lists an error that belongs to no field without a link', async () => {
    const html = await render(
      <CustomerSurveyPage {...base} locale={locale} errors={[{ path: '', message: m.errors.form }]} />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain(`<li>${m.errors.form}</li>`);
  });
});

describe('customer survey page wording', () => {
  it('reads naturally in French', async () => {
    const html = await render(
      <CustomerSurveyPage {...base} locale="fr" channel="in-person" preselectedScore={9} />,
    );
    for (const phrase of [
      'en face à face',
      'Pas du tout satisfait',
      'Très satisfait',
      'Très facile',
      'Très difficile',
      '>Oui<',
      '>Non<',
      '(facultatif)',
      'Envoyer mon avis',
      'Vous avez choisi 9 sur 10.',
    ]) {
      expect(html).toContain(phrase);
    }
  });

  it('reads naturally in English', async () => {
    const html = await render(<CustomerSurveyPage {...base} locale="en" channel="chat" />);
    for (const phrase of [
      'by chat',
      'Not at all satisfied',
      'Very satisfied',
      '>Yes<',
      '>No<',
      '(optional)',
      'Send my feedback',
    ]) {
      expect(html).toContain(phrase);
    }
  });
});
