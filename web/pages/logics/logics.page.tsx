import type { Viewer } from '../../../shared/access/index.js';
import { formatLogicMessage } from '../../../shared/logics/logics-messages.js';
import type {
  LogicsMonth,
  ShownItemEvaluation,
  ViewEvaluation,
} from '../../../shared/logics/logics-month.js';
import type { LogicsScope, PublishedLogicsView } from '../../../shared/logics/publish-logics.js';
import {
  type WaysOfWorkingItem,
  waysOfWorkingModule,
} from '../../../shared/logics/ways-of-working-module.js';
import type { Locale } from '../../../shared/roster/index.js';
import { LogicsMapChart, LogicsMapStyle } from '../../charts/logics-map-chart.js';
import { RatingDotChart } from '../../charts/rating-dot-chart.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatNumber, formatPercent } from '../../format/locale-format.js';
import { logicsPageMessages } from './logics-page-messages.js';

type Messages = (typeof logicsPageMessages)[Locale];

export interface LogicsPageProps {
  readonly viewer: Viewer;
  readonly months: readonly string[];
  readonly month: LogicsMonth | undefined;
  readonly missing?: string | undefined;
  /** The month field was not a month id (400). */
  readonly badMonth?: boolean;
}

const scopeKey = (scope: LogicsScope) => (scope.level === 'centre' ? 'centre' : `site-${scope.site}`);

/** /logics: a month's advisor logics, the centre's view and the sites' views in the viewer's scope. */
export function LogicsPage(props: LogicsPageProps) {
  const { viewer, month } = props;
  const locale = viewer.locale;
  const t = logicsPageMessages[locale];
  return (
    <SignedInLayout viewer={viewer} title={t.title} head={month?.map ? <LogicsMapStyle /> : undefined}>
      <h1>{month ? `${t.title} · ${month.month}` : t.title}</h1>
      <p class="muted">{t.intro}</p>
      {props.badMonth && (
        <div class="problems" role="alert">
          <p>{t.badMonth}</p>
        </div>
      )}
      {props.missing && <p role="status">{t.missing(props.missing)}</p>}
      {props.months.length > 0 && (
        <form method="get" action="/logics">
          <label for="logics-month">{t.month}</label>
          <select id="logics-month" name="month">
            {props.months.map((m) => (
              <option value={m} selected={m === month?.month}>
                {m}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="primary">
            {t.show}
          </button>
        </form>
      )}
      {props.months.length === 0 && <p>{t.none}</p>}
      {month && <MonthContent month={month} locale={locale} t={t} />}
    </SignedInLayout>
  );
}

function MonthContent(props: { month: LogicsMonth; locale: Locale; t: Messages }) {
  const { month, locale, t } = props;
  const items = waysOfWorkingModule(month.tools);
  const centre = month.views.find((v) => v.scope.level === 'centre');
  const discovery = month.discovery;
  return (
    <>
      <section class="card" aria-labelledby="logics-summary">
        <h2 id="logics-summary">
          {centre?.state === 'published' ? t.logicsCount(centre.logics.length) : t.insufficient}
        </h2>
        <p class="muted">{t.moduleWeek(month.week)}</p>
        {discovery.state === 'ok' && (
          <dl>
            <dt>{t.criterion}</dt>
            <dd>
              {(() => {
                const best = discovery.criterion.candidates.reduce((a, b) =>
                  b.silhouette > a.silhouette ? b : a,
                );
                return t.criterionText(formatNumber(locale, best.silhouette, 2), best.logics);
              })()}
            </dd>
            <dt>{t.structure}</dt>
            <dd>
              <span class={discovery.criterion.structure === 'none' ? 'badge warn' : 'badge'}>
                {t.structures[discovery.criterion.structure]}
              </span>
            </dd>
            <dt>{t.stability}</dt>
            <dd>
              {discovery.stability
                ? t.stabilityText(
                    formatNumber(locale, discovery.stability.meanAdjustedRandIndex, 2),
                    formatNumber(locale, discovery.stability.minAdjustedRandIndex, 2),
                    discovery.stability.resamples,
                  )
                : t.stabilityMissing}
            </dd>
          </dl>
        )}
        {discovery.state === 'ok' && discovery.criterion.structure === 'none' && (
          <p class="problems" role="note">
            {t.noneReading}
          </p>
        )}
        <h3>{t.continuity}</h3>
        {month.continuity.previousMonth === null ? (
          <p>{t.noPrevious}</p>
        ) : (
          <ul>
            {month.continuity.logics.map((l) => (
              <li>
                {l.continues ? t.continues(l.name, month.continuity.previousMonth ?? '') : t.fresh(l.name)}
              </li>
            ))}
            {month.continuity.ended.length > 0 && <li>{t.ended(month.continuity.ended.join(', '))}</li>}
          </ul>
        )}
      </section>
      {month.views.map((view) => (
        <ViewSection
          view={view}
          evaluation={month.evaluations.find((e) => scopeKey(e.scope) === scopeKey(view.scope))}
          month={month}
          items={items}
          locale={locale}
          t={t}
        />
      ))}
      {month.resources.length > 0 && (
        <section class="card" aria-labelledby="logics-resources">
          <h2 id="logics-resources">{t.resources}</h2>
          {month.resources.map((r) => (
            <div>
              <h3>{`${t.logic} ${r.logic}`}</h3>
              {r.proposals.length ? (
                <ul>
                  {r.proposals.map((p) => (
                    <li>{p.resource.title[locale]}</li>
                  ))}
                </ul>
              ) : (
                <p class="muted">{t.noResource}</p>
              )}
            </div>
          ))}
        </section>
      )}
    </>
  );
}

function ViewSection(props: {
  view: PublishedLogicsView;
  evaluation: ViewEvaluation | undefined;
  month: LogicsMonth;
  items: readonly WaysOfWorkingItem[];
  locale: Locale;
  t: Messages;
}) {
  const { view, locale, t, items } = props;
  const id = `view-${scopeKey(view.scope)}`.replace(/[^A-Za-z0-9-]/g, '-');
  const heading = view.scope.level === 'centre' ? t.centre : t.site(view.scope.site);
  if (view.state === 'withheld') {
    return (
      <section class="card" aria-labelledby={id} data-view={scopeKey(view.scope)}>
        <h2 id={id}>{heading}</h2>
        <p>
          <strong>{t.withheld}</strong> · {formatLogicMessage(locale, view.reason, items)}
        </p>
      </section>
    );
  }
  return (
    <section class="card" aria-labelledby={id} data-view={scopeKey(view.scope)}>
      <h2 id={id}>{heading}</h2>
      <p class="muted">{t.respondents(view.respondents)}</p>
      <TableScroll labelledBy={id}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.logic}</th>
              <th scope="col" class="num">
                {t.size}
              </th>
              <th scope="col" class="num">
                {t.share}
              </th>
              {view.scope.level === 'centre' && <th scope="col">{t.characterises}</th>}
            </tr>
          </thead>
          <tbody>
            {view.logics.map((l) => (
              <tr>
                <th scope="row">{l.name}</th>
                <td class="num">{l.size}</td>
                <td class="num">{formatPercent(locale, l.size / view.respondents)}</td>
                {view.scope.level === 'centre' && (
                  <td>
                    {l.distinctive?.length ? (
                      <ul>
                        {l.distinctive.map((d) => (
                          <li>{formatLogicMessage(locale, d.message, items)}</li>
                        ))}
                      </ul>
                    ) : (
                      <span class="muted">{t.noDistinctive}</span>
                    )}
                  </td>
                )}
              </tr>
            ))}
            {view.other && (
              <tr>
                <th scope="row">{t.other}</th>
                <td class="num">{view.other.size}</td>
                <td class="num">{formatPercent(locale, view.other.size / view.respondents)}</td>
                {view.scope.level === 'centre' && <td />}
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      {view.scope.level === 'centre' && props.month.map && (
        <>
          <h3>{t.map}</h3>
          <LogicsMapChart locale={locale} map={props.month.map} items={items} />
        </>
      )}
      {props.evaluation && (
        <EvaluationSection
          evaluation={props.evaluation}
          items={items}
          k={props.month.k}
          locale={locale}
          t={t}
        />
      )}
    </section>
  );
}

function EvaluationSection(props: {
  evaluation: ViewEvaluation;
  items: readonly WaysOfWorkingItem[];
  k: number;
  locale: Locale;
  t: Messages;
}) {
  const { evaluation, items, locale, t } = props;
  const itemOf = (id: string) => items.find((i) => i.id === id);
  const groupLabel = (g: string) => (g === 'other' ? t.other : `${t.logic} ${g}`);
  const callouts = evaluation.items.flatMap((e) => (e.state === 'shown' && e.valuedByOneOnly ? [e] : []));
  const dimensions = ['training-format', 'objective-setting', 'tool-method'];
  return (
    <>
      <h3>{t.evaluation}</h3>
      <p class="muted">{t.evaluationIntro}</p>
      {callouts.length > 0 && (
        <div class="callouts">
          <h4>{t.valuedByOne}</h4>
          <ul>
            {callouts.map((e) =>
              e.state === 'shown' && e.valuedByOneOnly ? (
                <li data-valued-by-one={e.itemId}>
                  <strong>{formatLogicMessage(locale, e.valuedByOneOnly.message, items)}</strong>
                </li>
              ) : null,
            )}
          </ul>
        </div>
      )}
      {dimensions.map((dimension) => {
        const rows = evaluation.items.filter((e) => itemOf(e.itemId)?.dimension === dimension);
        if (!rows.length) return null;
        return (
          <>
            <h4>{t.dimensions[dimension]}</h4>
            {rows.map((e) => (
              <ItemRating
                evaluation={e}
                item={itemOf(e.itemId)}
                k={props.k}
                groupLabel={groupLabel}
                locale={locale}
                t={t}
              />
            ))}
          </>
        );
      })}
    </>
  );
}

function ItemRating(props: {
  evaluation: ShownItemEvaluation;
  item: WaysOfWorkingItem | undefined;
  k: number;
  groupLabel: (g: string) => string;
  locale: Locale;
  t: Messages;
}) {
  const { evaluation, item, locale, t } = props;
  const text = item?.text[locale] ?? evaluation.itemId;
  if (evaluation.state === 'withheld') {
    return (
      <div class="rating" data-item={evaluation.itemId}>
        <p>
          <strong>{text}</strong> <span class="hidden-figure">{t.itemWithheld(props.k)}</span>
        </p>
      </div>
    );
  }
  return (
    <div class="rating" data-item={evaluation.itemId}>
      <p>
        <strong>{text}</strong>
      </p>
      <RatingDotChart
        locale={locale}
        title={text}
        scale={item?.scale ?? { min: 1, max: 5 }}
        rows={evaluation.byLogic.map((r) => ({
          label: props.groupLabel(r.group),
          mean: r.mean,
          interval: r.interval,
          flagged: r.flagged,
        }))}
      />
      <details>
        <summary>{t.ratingTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.group}</th>
              <th scope="col" class="num">
                {t.mean}
              </th>
              <th scope="col">{t.interval}</th>
              <th scope="col" class="num">
                {t.n}
              </th>
            </tr>
          </thead>
          <tbody>
            {evaluation.byLogic.map((r) => (
              <tr>
                <th scope="row">
                  {props.groupLabel(r.group)}
                  {r.flagged ? ` ⚑ ${t.flagged}` : ''}
                </th>
                <td class="num">{r.mean === null ? '–' : formatNumber(locale, r.mean)}</td>
                <td>
                  {r.interval
                    ? `${formatNumber(locale, r.interval.low)} – ${formatNumber(locale, r.interval.high)}`
                    : '–'}
                </td>
                <td class="num">{r.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
