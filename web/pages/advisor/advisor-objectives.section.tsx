import type { AdvisorEstimate, ObjectiveReading } from '../../../shared/advisor-results/advisor-estimates.js';
import type { AdvisorQuarter } from '../../../shared/advisor-results/advisor-results.js';
import type { ObjectiveMeasure, SharedObjectives } from '../../../shared/objectives/shared-objectives.js';
import type { Locale } from '../../../shared/roster/index.js';
import { type FigureKind, intervalText, valueText } from './advisor-figure.js';
import { advisorMessages, quarterLabel } from './advisor-messages.js';

const rows: readonly {
  measure: ObjectiveMeasure;
  figure: 'satisfaction' | 'recommendation' | 'onceAndDone';
  kind: FigureKind;
}[] = [
  { measure: 'satisfaction', figure: 'satisfaction', kind: 'mean' },
  { measure: 'recommendation', figure: 'recommendation', kind: 'mean' },
  { measure: 'onceAndDoneRate', figure: 'onceAndDone', kind: 'rate' },
];

function ObjectiveCard(props: {
  locale: Locale;
  name: string;
  kind: FigureKind;
  estimate: AdvisorEstimate;
  objective: number;
  reading: ObjectiveReading | undefined;
}) {
  const { locale, kind, estimate } = props;
  const t = advisorMessages[locale];
  const scale = kind === 'mean' ? ` ${t.outOfTen}` : '';
  return (
    <div class="card objective">
      <h3>{props.name}</h3>
      {estimate.state === 'estimated' && estimate.value !== null && estimate.interval ? (
        <>
          <p class="figure">
            <strong>{`${valueText(locale, kind, estimate.value)}${scale}`}</strong>
          </p>
          <p class="muted">{`${t.intervalLabel} ${intervalText(locale, kind, estimate.interval)} · ${t.responses(estimate.n)}`}</p>
        </>
      ) : (
        <p class="hidden-figure">{t.tooFew(estimate.n, estimate.minimum)}</p>
      )}
      <p>{`${t.objective}${locale === 'fr' ? '\u00a0: ' : ': '}${valueText(locale, kind, props.objective)}${scale}`}</p>
      {props.reading && (
        <p>
          <span
            class={
              props.reading === 'above' ? 'badge ok' : props.reading === 'below' ? 'badge warn' : 'badge'
            }
          >
            {t.readings[props.reading]}
          </span>
        </p>
      )}
    </div>
  );
}

/** The quarter's three figures, each next to its shared objective and read against it. */
export function AdvisorObjectivesSection(props: {
  locale: Locale;
  quarter: AdvisorQuarter;
  objectives: SharedObjectives;
}) {
  const { locale, quarter } = props;
  const t = advisorMessages[locale];
  return (
    <section aria-labelledby="advisor-quarter">
      <h2 id="advisor-quarter">{t.quarterHeading(quarterLabel(locale, quarter.quarter))}</h2>
      <p class="muted">{t.objectivesNote}</p>
      <div class="grid">
        {rows.map((row) => (
          <ObjectiveCard
            locale={locale}
            name={t.measures[row.figure]}
            kind={row.kind}
            estimate={quarter[row.figure]}
            objective={props.objectives[row.measure]}
            reading={quarter.against[row.figure]}
          />
        ))}
      </div>
    </section>
  );
}
