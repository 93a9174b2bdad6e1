import { describe, expect, it } from 'vitest';
import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import { type PulseItem, pulseBank } from '../../../shared/surveys/pulse-bank.js';
import { PulseSurveyPage } from '../../../web/pages/survey/pulse-survey.page.js';
import { byId, checkedInputs, decode, radios, render, tags, texts } from './html-probe.js';

/** A five-item pulse: wellbeing, three rotating items and eNPS. */
const items = pick('wellbeing-week', 'tools-knowledge', 'workload-manageable', 'recognition', 'enps');

function pick(...ids: string[]): PulseItem[] {
  return ids.map((id) => {
    const item = pulseBank.find((i) => i.id === id);
    if (!item) throw new Error(`no pulse item ${id}`);
    return item;
  });
}
const action = '/s/p/pulse-token';

describe.each(['fr', 'en'] as const)('pulse survey page (%s)', (locale) => {
  const m = surveyMessages(locale);
  const periodLabel = locale === 'fr' ? 'semaine du 16 février' : 'week of 16 February';

  it('is one document in the locale with a main landmark, one h1, the period and the anonymity promise', async () => {
    const html = await render(
      <PulseSurveyPage locale={locale} periodLabel={periodLabel} items={items} action={action} />,
    );
    expect(tags(html, 'html')).toEqual([{ lang: locale }]);
    expect(tags(html, 'main')).toHaveLength(1);
    expect(texts(html, 'h1')).toEqual([m.pulse.heading]);
    expect(html).toContain(periodLabel);
    expect(html).toContain(m.pulse.anonymity(5));
    expect(html).toContain(m.pulse.intro(5));
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);
  });

  it('asks each item in a fieldset, on its own scale, with nothing required and nothing selected', async () => {
    expect(items.map((i) => i.dimension)).toContain('enps');
    const html = await render(
      <PulseSurveyPage locale={locale} periodLabel={periodLabel} items={items} action={action} />,
    );
    expect(tags(html, 'form')).toEqual([{ method: 'post', action, novalidate: '' }]);
    expect(tags(html, 'fieldset')).toHaveLength(items.length);
    const legends = texts(html, 'legend').map(decode);
    items.forEach((item, i) => {
      expect(legends[i]).toContain(item.text[locale]);
      expect(legends[i]).toContain(m.pulse.questionOf(i + 1, items.length));
      const values = radios(html, item.id).map((r) => Number(r.value));
      expect(values[0]).toBe(item.scale.min);
      expect(values.at(-1)).toBe(item.scale.max);
      expect(values).toHaveLength(item.scale.max - item.scale.min + 1);
    });
    expect(tags(html, 'input').filter((a) => 'required' in a)).toEqual([]);
    expect(checkedInputs(html)).toEqual([]);
    expect(html).toContain(m.pulse.agreement.low);
    expect(html).toContain(m.pulse.agreement.high);
    expect(html).toContain(m.pulse.enps.high);
    expect(texts(html, 'button')).toEqual([m.pulse.submit]);
  });

  it('fills the answers again from the posted values', async () => {
    const [first, second] = items;
    if (!first || !second) throw new Error('the pulse has fewer than two items');
    const html = await render(
      <PulseSurveyPage
        locale={locale}
        periodLabel={periodLabel}
        items={items}
        action={action}
        values={{ [first.id]: '4', [second.id]: '2', enps: '10' }}
      />,
    );
    expect(checkedInputs(html)).toEqual([`${first.id}=4`, `${second.id}=2`, 'enps=10']);
  });

  it('summarises errors with the question number, linked to the question, and shows each at its question', async () => {
    const second = items[1];
    if (!second) throw new Error('the pulse has fewer than two items');
    const message = m.errors.pulseOutOfRange(1, 5);
    const html = await render(
      <PulseSurveyPage
        locale={locale}
        periodLabel={periodLabel}
        items={items}
        action={action}
        errors={[
          { path: 'enps', message: m.errors.pulseOutOfRange(0, 10) },
          { path: second.id, message },
        ]}
      />,
    );
    const summary = /<div class="error-summary" role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(tags(summary, 'a').map((a) => a.href)).toEqual([`#pulse-${second.id}-1`, '#pulse-enps-0']);
    expect(texts(summary, 'a')).toEqual([
      m.pulse.summaryEntry(2, items.length, message),
      m.pulse.summaryEntry(items.length, items.length, m.errors.pulseOutOfRange(0, 10)),
    ]);
    expect(byId(html, `pulse-${second.id}-error`)).toContain(message);
    expect(texts(html, 'title')[0]).toBe(`${m.errorTitlePrefix}${m.pulse.title}`);
  });

  it('promises the anonymity threshold it is given', async () => {
    const html = await render(
      <PulseSurveyPage
        locale={locale}
        periodLabel={periodLabel}
        items={items}
        action={action}
        minRespondents={7}
      />,
    );
    expect(html).toContain(m.pulse.anonymity(7));
    expect(html).toContain(locale === 'fr' ? 'à partir de 7 répondants' : 'at least 7 people');
  });
});

it('makes the French anonymity promise in the product’s words', async () => {
  const html = await render(
    <PulseSurveyPage
      locale="fr"
      periodLabel="semaine 8"
      items={pick('wellbeing-week', 'autonomy-frame', 'meaning', 'team-spirit')}
      action={action}
    />,
  );
  expect(html).toContain(
    'Vos réponses sont anonymes\u00a0: elles ne sont jamais liées à votre nom, ni vues par votre manager. Les résultats d’équipe n’apparaissent qu’à partir de 5 répondants.',
  );
  expect(html).toContain('4 questions, moins d’une minute.');
  expect(html).toContain('Pas du tout d’accord');
  expect(html).toContain('Tout à fait d’accord');
});
