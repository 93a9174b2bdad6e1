import type { Viewer } from '../../../shared/access/index.js';
import type { LogicsMonth } from '../../../shared/logics/logics-month.js';
import type { LogicsPublicationRepository } from '../ports/logics-publication.port.js';
import type { RosterRepository } from '../ports/roster.port.js';

export interface LogicsPageDeps {
  readonly logicsPublication: LogicsPublicationRepository;
  readonly roster: RosterRepository;
}

export interface LogicsPageData {
  /** Published months, newest first. */
  readonly months: readonly string[];
  /** The month shown (the one asked, else the newest); undefined when none is published. */
  readonly month: LogicsMonth | undefined;
  /** A month asked for that is not published. */
  readonly missing: string | undefined;
}

/**
 * The sites whose views `viewer` may see: every site for hr; for a manager, the sites of the
 * teams they lead (a manager sees the centre's view and their own sites' only).
 */
async function visibleSites(
  deps: LogicsPageDeps,
  viewer: Viewer,
): Promise<((site: string) => boolean) | undefined> {
  if (viewer.role === 'hr') return () => true;
  if (viewer.role !== 'manager') return undefined;
  const teams = await deps.roster.getTeams(viewer.teams);
  const sites = new Set([...teams.values()].map((t) => t.site));
  return (site) => sites.has(site);
}

/** A month's record restricted to what `viewer` may see: the centre view, and the sites in scope. */
export function scopedMonth(month: LogicsMonth, siteVisible: (site: string) => boolean): LogicsMonth {
  const visible = (scope: LogicsMonth['views'][number]['scope']) =>
    scope.level === 'centre' || siteVisible(scope.site);
  return {
    ...month,
    views: month.views.filter((v) => visible(v.scope)),
    evaluations: month.evaluations.filter((e) => visible(e.scope)),
  };
}

/**
 * The logics page's data for `viewer` (hr or a manager; anyone else has no access and the route
 * answers as for an unknown path). `month` is a validated `YYYY-MM` or undefined for the newest.
 */
export async function logicsPage(
  deps: LogicsPageDeps,
  viewer: Viewer,
  month: string | undefined,
): Promise<LogicsPageData> {
  const siteVisible = await visibleSites(deps, viewer);
  if (!siteVisible) throw new Error('logicsPage called for a role without access');
  const months = (await deps.logicsPublication.publishedMonths()).reverse();
  const wanted = month ?? months[0];
  const record = wanted && months.includes(wanted) ? await deps.logicsPublication.month(wanted) : undefined;
  return {
    months,
    month: record ? scopedMonth(record, siteVisible) : undefined,
    missing: month && !record ? month : undefined,
  };
}
