import { defaultAnonymityThreshold } from '../../../shared/analytics/anonymity.js';
import { publishClosingComments } from '../../../shared/publication/publish-comments.js';
import { publishClosingWeek } from '../../../shared/publication/publish-week.js';
import {
  type AnonymousPulseAnswer,
  buildPulseCells,
  type PulseParticipation,
} from '../../../shared/publication/pulse-cells.js';
import type { TeamOfCentre } from '../../../shared/publication/pulse-groups.js';
import { isoYearOfWeek, weeksOfIsoYear } from '../../../shared/publication/pulse-windows.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { mondayOfIsoWeek } from '../../../shared/time/windows.js';
import type { Clock } from '../ports/clock.port.js';
import type { PublicationRepository, PulseSourceRepository } from '../ports/publication.port.js';
import type { RosterRepository } from '../ports/roster.port.js';
import { pulseLinkDaysAfterMonday } from '../pulse-dispatch.service.js';
import { allTeams } from '../roster.service.js';

export interface PublicationDeps {
  readonly roster: RosterRepository;
  readonly publication: PublicationRepository;
  readonly pulseSource: PulseSourceRepository;
  readonly clock: Clock;
  readonly newId: () => string;
}

const dayMs = 86_400_000;
/** A week closes an hour after its last pulse link expired, so no answer can still arrive. */
const closingGraceMs = 3_600_000;

/** The latest week whose pulse links have all expired at `now`. */
export function lastClosedWeek(now: Date): string {
  const cutoff = now.getTime() - pulseLinkDaysAfterMonday * dayMs - closingGraceMs;
  const candidate = isoWeekOf(new Date(cutoff));
  return mondayOfIsoWeek(candidate).getTime() + pulseLinkDaysAfterMonday * dayMs + closingGraceMs <=
    now.getTime()
    ? candidate
    : isoWeekOf(new Date(cutoff - 7 * dayMs));
}

export interface PublicationSummary {
  readonly published: string[];
  readonly figures: number;
}

/**
 * Publishes every closed week not published yet, oldest first (DESIGN.md section 6).
 * 1. find the closed weeks of the last year without a publication
 * 2. per ISO year: open that year's anonymous answers and read who took part, read what the
 *    year already published, and the roster's teams
 * 3. for each week in turn: decide its figures (and those of every window it closes) against
 *    everything published before, and the team-month comment sets it closes (at least 10
 *    respondents, month figure published), store them, then mark the week published; never again
 */
export async function publishClosedWeeks(
  deps: PublicationDeps,
  onWeek: (week: string, figures: number) => void = () => {},
): Promise<PublicationSummary> {
  const last = lastClosedWeek(deps.clock.now());
  const lastMonday = mondayOfIsoWeek(last).getTime();
  const candidates = Array.from({ length: 53 }, (_, i) =>
    isoWeekOf(new Date(lastMonday - (52 - i) * 7 * dayMs)),
  );
  const teams: TeamOfCentre[] = (await allTeams(deps.roster)).map((t) => ({
    teamId: t.teamId,
    site: t.site,
    managementProfile: t.managementProfile,
  }));
  const summary = { published: [] as string[], figures: 0 };
  for (const year of [...new Set(candidates.map(isoYearOfWeek))]) {
    const done = await deps.publication.publishedWeeks(year);
    const pending = candidates.filter((w) => isoYearOfWeek(w) === year && !done.has(w));
    const through = pending.at(-1);
    if (!through) continue;
    const weeks = weeksOfIsoYear(year).filter((w) => w <= through);
    const answers: AnonymousPulseAnswer[] = [];
    const participation: PulseParticipation[] = [];
    for (const week of weeks) {
      answers.push(
        ...(await deps.pulseSource.answersOfWeek(
          teams.map((t) => t.teamId),
          week,
        )),
      );
      participation.push(...(await deps.pulseSource.participationOfWeek(week)));
    }
    const cells = buildPulseCells(answers, participation);
    const history = await deps.publication.figuresOfYear(year);
    for (const week of pending) {
      const figures = publishClosingWeek({
        teams,
        week,
        cells,
        published: history,
        k: defaultAnonymityThreshold,
      });
      const comments = publishClosingComments({
        teamIds: teams.map((t) => t.teamId),
        week,
        answers,
        participation,
        figures,
      });
      const outcome = await deps.publication.publishWeek(week, figures, deps.newId(), comments);
      if (outcome === 'already-published') return summary;
      history.push(...figures);
      summary.published.push(week);
      summary.figures += figures.length;
      onWeek(week, figures.length);
    }
  }
  return summary;
}
