import { entityTypes } from '../functions/adapters/dynamo/keys.js';
import type {
  CustomerAggregate,
  CustomerWorkModeAggregate,
  OperationsAggregate,
} from '../shared/aggregates/aggregate.types.js';
import {
  customerAggregateFromCounters,
  customerWorkModeAggregateFromCounters,
  operationsAggregateFromCounters,
} from '../shared/aggregates/aggregate-from-counters.js';
import { defaultAnonymityThreshold } from '../shared/analytics/anonymity.js';
import { type PublishedCommentSet, publishClosingComments } from '../shared/publication/publish-comments.js';
import { publishWeeksByWeek } from '../shared/publication/publish-week.js';
import type { PublishedPulseFigure } from '../shared/publication/published-figure.js';
import { buildPulseCells } from '../shared/publication/pulse-cells.js';
import type { Channel, WorkMode } from '../shared/roster/index.js';
import type { DemoHistory } from './demo-history.js';

/** The pulse publication of the demo history: each week closed in turn, as the job does. */
export function demoPublication(
  history: DemoHistory,
  weeks: readonly string[],
): Map<string, PublishedPulseFigure[]> {
  return publishWeeksByWeek({
    teams: history.teams,
    weeks,
    cells: buildPulseCells(history.pulseAnswers, history.participation),
    k: defaultAnonymityThreshold,
  });
}

/** The comment sets each demo week closes (team months of ≥ 10 respondents with a published month figure). */
export function demoCommentSets(
  history: DemoHistory,
  published: ReadonlyMap<string, readonly PublishedPulseFigure[]>,
): Map<string, PublishedCommentSet[]> {
  const teamIds = history.teams.map((t) => t.teamId);
  return new Map(
    [...published].map(([week, figures]) => [
      week,
      publishClosingComments({
        teamIds,
        week,
        answers: history.pulseAnswers,
        participation: history.participation,
        figures,
      }),
    ]),
  );
}

/** The aggregates among the demo history's items and its publication, as the analysis reads them. */
export function demoAggregates(
  history: DemoHistory,
  weeks: readonly string[],
): {
  customer: CustomerAggregate[];
  customerByWorkMode: CustomerWorkModeAggregate[];
  published: PublishedPulseFigure[];
  operations: OperationsAggregate[];
} {
  const customer: CustomerAggregate[] = [];
  const customerByWorkMode: CustomerWorkModeAggregate[] = [];
  const operations: OperationsAggregate[] = [];
  for (const item of history.mainItems) {
    const teamId = String(item.teamId);
    if (item.type === entityTypes.customerAggregate) {
      customer.push(
        customerAggregateFromCounters(
          { teamId, period: String(item.period), channel: item.channel as Channel | 'all' },
          item,
        ),
      );
    } else if (item.type === entityTypes.customerWorkModeAggregate) {
      customerByWorkMode.push(
        customerWorkModeAggregateFromCounters(
          { teamId, period: String(item.period), workMode: item.workMode as WorkMode },
          item,
        ),
      );
    } else if (item.type === entityTypes.operationsAggregate) {
      operations.push(
        operationsAggregateFromCounters(
          { teamId, period: String(item.period), channel: item.channel as Channel | 'all' },
          item,
        ),
      );
    }
  }
  return {
    customer,
    customerByWorkMode,
    published: [...demoPublication(history, weeks).values()].flat(),
    operations,
  };
}
