import type { Viewer } from '../../../shared/access/index.js';
import { type AdvisorResults, maxAdvisorComments } from '../../../shared/advisor-results/advisor-results.js';
import type { WeekRangeProblem } from '../../../shared/advisor-results/week-range.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { AdvisorCommentsSection } from './advisor-comments.section.js';
import { advisorMessages, rangeProblemText } from './advisor-messages.js';
import { AdvisorObjectivesSection } from './advisor-objectives.section.js';
import { AdvisorRangeSection } from './advisor-range.section.js';
import { AdvisorWeeksSection } from './advisor-weeks.section.js';

const css = `
.advisor-page .objective h3{margin:0 0 .25rem;font-size:1.05rem}
.advisor-page .objective p{margin:.25rem 0}
.advisor-page .figure{font-size:1.6rem}
.advisor-page .series-figure{margin:0}
.advisor-page .range fieldset{border:0;margin:0;padding:0}
.advisor-page .range legend{font-weight:600}
.advisor-page .range-fields{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}
.advisor-page .range input{width:9rem;padding:.3rem}
.advisor-page .advisor-comments{list-style:none;margin:0;padding:0}
.advisor-page .advisor-comments li{margin:.5rem 0}
.advisor-page .advisor-comments p{margin:0 0 .25rem}
.advisor-page blockquote{margin:0;padding-left:.75rem;border-left:3px solid #9cc3ea}
.advisor-page caption{text-align:left;padding:.25rem 0}
`;
const AdvisorPageStyle = styleSheet(css);

/**
 * An advisor's own customer results: the quarter next to the shared objectives, the weekly
 * series with its intervals, and the latest comments about their contacts. Nothing about their
 * pulse answers or wellbeing, and nothing about a colleague.
 */
export function AdvisorResultsPage(props: { viewer: Viewer; results: AdvisorResults }) {
  const { viewer, results } = props;
  const locale = viewer.locale;
  const t = advisorMessages[locale];
  return (
    <SignedInLayout viewer={viewer} title={t.title} head={<AdvisorPageStyle />}>
      <div class="advisor-page">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <p>
          <a href="/me/pay">{t.payLink}</a>
        </p>
        <AdvisorRangeSection locale={locale} range={results.range} />
        <AdvisorObjectivesSection locale={locale} quarter={results.quarter} objectives={results.objectives} />
        <AdvisorWeeksSection
          locale={locale}
          weeks={results.weeks}
          objective={results.objectives.satisfaction}
          minimum={results.minimumResponses}
        />
        <AdvisorCommentsSection locale={locale} comments={results.comments} max={maxAdvisorComments} />
      </div>
    </SignedInLayout>
  );
}

/** The weeks asked for cannot be shown (400): each field named, in the person's language. */
export function AdvisorRangeErrorPage(props: {
  viewer: Viewer;
  problems: readonly WeekRangeProblem[];
  values: { from?: string; to?: string };
}) {
  const locale = props.viewer.locale;
  const t = advisorMessages[locale];
  return (
    <SignedInLayout viewer={props.viewer} title={t.error.title} head={<AdvisorPageStyle />}>
      <div class="advisor-page">
        <h1>{t.error.title}</h1>
        <div class="card problems" role="alert">
          <p>{t.error.intro}</p>
          <ul>
            {props.problems.map((p) => (
              <li>{rangeProblemText(locale, p)}</li>
            ))}
          </ul>
        </div>
        <AdvisorRangeSection locale={locale} values={props.values} />
        <p>
          <a href="/me">{t.error.back}</a>
        </p>
      </div>
    </SignedInLayout>
  );
}
