import { defaultAnonymityThreshold } from '../../../shared/analytics/anonymity.js';
import { buildLogicsMonth, type ModuleWeekRespondent } from '../../../shared/logics/build-logics-month.js';
import type { LogicsMonth } from '../../../shared/logics/logics-month.js';
import { previousMonthId } from '../../../shared/logics/logics-month.js';
import { waysOfWorkingWeekOf } from '../../../shared/logics/ways-of-working-module.js';
import { mondayOfIsoWeek } from '../../../shared/time/windows.js';
import type { Clock } from '../ports/clock.port.js';
import type { LogicsListsRepository } from '../ports/logics-lists.port.js';
import type { LogicsPublicationRepository } from '../ports/logics-publication.port.js';
import type { PulseSourceRepository } from '../ports/publication.port.js';
import type { RosterRepository } from '../ports/roster.port.js';
import { lastClosedWeek } from '../publication/publish-pulse.service.js';
import { allTeams } from '../roster.service.js';

export interface LogicsPublicationDeps {
  readonly roster: RosterRepository;
  readonly pulseSource: PulseSourceRepository;
  readonly logicsPublication: LogicsPublicationRepository;
  readonly logicsLists: LogicsListsRepository;
  readonly clock: Clock;
}

/** How many months back the job looks for a closed, unpublished module week. */
export const logicsLookBackMonths = 12;

export interface LogicsPublicationSummary {
  readonly published: { readonly month: string; readonly logics: number; readonly views: number }[];
}

/** The calendar months from `months − 1` months before `now`'s month to it, oldest first. */
function recentMonths(now: Date, months: number): string[] {
  let month = now.toISOString().slice(0, 7);
  const list = [month];
  for (let i = 1; i < months; i += 1) {
    month = previousMonthId(month);
    list.unshift(month);
  }
  return list;
}

/**
 * Publishes the advisor logics of every month whose module week has closed and that is not
 * published yet, oldest first (issue 12). For each:
 * 1. open the module week's anonymous pulse answers (the pulse publication's source) and read
 *    who took part; each answer's site is its team's
 * 2. count per site the participants not counting toward k yet (DESIGN.md §8)
 * 3. discover, name after the last published month, publish under k, evaluate, propose
 *    resources (buildLogicsMonth), with the admin's current tools and resources lists
 * 4. store the month once; a month with no pulse answer at all is left unpublished
 * Idempotent: a month already published is skipped, a concurrent run loses the conditional put.
 */
export async function publishLogicsMonths(deps: LogicsPublicationDeps): Promise<LogicsPublicationSummary> {
  const now = deps.clock.now();
  const closed = lastClosedWeek(now);
  const done = new Set(await deps.logicsPublication.publishedMonths());
  const pending = recentMonths(now, logicsLookBackMonths).filter(
    (m) => !done.has(m) && waysOfWorkingWeekOf(m) <= closed,
  );
  const summary: LogicsPublicationSummary = { published: [] };
  if (!pending.length) return summary;
  const teams = await allTeams(deps.roster);
  const siteOfTeam = new Map(teams.map((t) => [t.teamId, t.site]));
  const [tools, resources] = await Promise.all([
    deps.logicsLists.toolsAndMethods(),
    deps.logicsLists.resources(),
  ]);
  const published = [...done].sort();
  for (const month of pending) {
    const week = waysOfWorkingWeekOf(month);
    const answers = await deps.pulseSource.answersOfWeek(
      teams.map((t) => t.teamId),
      week,
    );
    if (!answers.length) continue;
    const respondents: ModuleWeekRespondent[] = answers.flatMap((a) => {
      const site = siteOfTeam.get(a.teamId);
      return site === undefined ? [] : [{ site, answers: a.answers }];
    });
    const monday = mondayOfIsoWeek(week).toISOString().slice(0, 10);
    const notYetCountingBySite: Record<string, number> = {};
    for (const p of await deps.pulseSource.participationOfWeek(week)) {
      if (p.countsTowardKFrom <= monday) continue;
      const site = siteOfTeam.get(p.teamId);
      if (site !== undefined) notYetCountingBySite[site] = (notYetCountingBySite[site] ?? 0) + 1;
    }
    const previous = await lastWithCentreView(deps.logicsPublication, published, month);
    const record = buildLogicsMonth({
      month,
      k: defaultAnonymityThreshold,
      publishedAt: now,
      tools,
      resources,
      respondents,
      notYetCountingBySite,
      previous,
    });
    if ((await deps.logicsPublication.publishMonth(record)) === 'already-published') return summary;
    const centre = record.views[0];
    summary.published.push({
      month,
      logics: centre?.state === 'published' ? centre.logics.length : 0,
      views: record.views.filter((v) => v.state === 'published').length,
    });
    published.push(month);
  }
  return summary;
}

async function lastWithCentreView(
  repository: LogicsPublicationRepository,
  months: readonly string[],
  before: string,
): Promise<LogicsMonth | undefined> {
  for (const month of months.filter((m) => m < before).reverse()) {
    const record = await repository.month(month);
    if (record?.views[0]?.state === 'published') return record;
  }
  return undefined;
}
