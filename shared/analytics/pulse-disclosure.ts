import type { PulseAggregate, TimeWindow, WindowKind } from '../aggregates/aggregate.types.js';
import { emptyStats, mergeStats, type SufficientStats } from '../aggregates/sufficient-stats.js';
import type { ManagementProfile, WorkMode } from '../roster/index.js';
import type { PulseDimension } from '../surveys/pulse-dimensions.js';
import { windowsOfWeek } from '../time/windows.js';
import { defaultAnonymityThreshold } from './anonymity.js';
import {
  type AdditiveRelation,
  type SuppressionCell,
  suppressComplementary,
} from './complementary-suppression.js';

/** A group of advisors a pulse figure can describe. */
export type PulseGroup =
  | { readonly kind: 'centre' }
  | { readonly kind: 'site'; readonly site: string }
  | { readonly kind: 'profile'; readonly profile: ManagementProfile }
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'team-work-mode'; readonly teamId: string; readonly workMode: WorkMode };

export interface TeamOfCentre {
  readonly teamId: string;
  readonly site: string;
  readonly managementProfile: ManagementProfile;
}

export function groupId(group: PulseGroup): string {
  switch (group.kind) {
    case 'centre':
      return 'centre';
    case 'site':
      return `site:${group.site}`;
    case 'profile':
      return `profile:${group.profile}`;
    case 'team':
      return `team:${group.teamId}`;
    case 'team-work-mode':
      return `team:${group.teamId}/mode:${group.workMode}`;
  }
}

const windowKey = (w: TimeWindow) => `${w.kind}:${w.id}`;
const kinds: readonly WindowKind[] = ['week', 'fortnight', 'month', 'quarter'];

/** Sum of disjoint groups' pulse aggregates of one window (teams of a site, for instance). */
export function mergePulseAggregates(
  key: { teamId: string; window: TimeWindow; workMode: WorkMode | 'all' },
  parts: readonly PulseAggregate[],
): PulseAggregate {
  const items: Partial<Record<PulseDimension, SufficientStats>> = {};
  const enps = { promoters: 0, passives: 0, detractors: 0 };
  let respondents = 0;
  for (const part of parts) {
    respondents += part.respondents;
    for (const [dimension, stats] of Object.entries(part.items) as [PulseDimension, SufficientStats][]) {
      items[dimension] = mergeStats(items[dimension] ?? emptyStats, stats);
    }
    enps.promoters += part.enps.promoters;
    enps.passives += part.enps.passives;
    enps.detractors += part.enps.detractors;
  }
  return { ...key, respondents, items, enps };
}

/** A pulse figure as it may be shown: the aggregate behind it, or suppressed. */
export type DisclosedPulse =
  | {
      readonly state: 'shown';
      readonly group: string;
      readonly week: string;
      /** The window the figure was read from; wider than the week when the week had too few. */
      readonly window: TimeWindow;
      readonly aggregate: PulseAggregate;
    }
  /** Too few respondents, or none: the two are not told apart, and no count is given. */
  | { readonly state: 'suppressed'; readonly group: string; readonly week: string };

export interface PulseDisclosure {
  readonly k: number;
  /** Every group's figure for every week of the range, in week order. */
  readonly series: ReadonlyMap<string, readonly DisclosedPulse[]>;
  /** The groups known to the disclosure, by id. */
  readonly groups: ReadonlyMap<string, PulseGroup>;
}

/**
 * Decides which pulse figures may be shown together, for every group a user can see (the
 * centre, each site, each management profile, each team, each team's work-mode cuts) and
 * every week of the range. Rules (DOMAIN.md non-negotiables; DESIGN.md section 6):
 * 1. per window, a figure needs at least k distinct respondents; then complementary
 *    suppression hides more cells until no subtraction along site → teams, profile → teams,
 *    centre → sites and team → work modes isolates a group of 1 to k−1;
 * 2. a week without its own figure is read from the narrowest wider window (fortnight, month,
 *    quarter) whose figure survived rule 1 and none of whose weeks is shown on its own, so a
 *    wider window never sits next to a narrower one it could be subtracted from.
 */
export function disclosePulse(input: {
  readonly teams: readonly TeamOfCentre[];
  readonly weeks: readonly string[];
  readonly aggregates: readonly PulseAggregate[];
  readonly k?: number;
}): PulseDisclosure {
  const k = input.k ?? defaultAnonymityThreshold;
  const byKey = new Map<string, PulseAggregate>();
  for (const a of input.aggregates) byKey.set(`${a.teamId}|${windowKey(a.window)}|${a.workMode}`, a);

  const groups = new Map<string, PulseGroup>();
  const add = (g: PulseGroup) => groups.set(groupId(g), g);
  add({ kind: 'centre' });
  const workModes = new Set<WorkMode>();
  for (const a of input.aggregates) if (a.workMode !== 'all') workModes.add(a.workMode);
  for (const t of input.teams) {
    add({ kind: 'site', site: t.site });
    add({ kind: 'profile', profile: t.managementProfile });
    add({ kind: 'team', teamId: t.teamId });
    for (const m of workModes) add({ kind: 'team-work-mode', teamId: t.teamId, workMode: m });
  }

  const relations: AdditiveRelation[] = [];
  const teamsOf = (pred: (t: TeamOfCentre) => boolean) =>
    input.teams.filter(pred).map((t) => groupId({ kind: 'team', teamId: t.teamId }));
  const sites = [...new Set(input.teams.map((t) => t.site))];
  const profiles = [...new Set(input.teams.map((t) => t.managementProfile))];
  relations.push({ parent: 'centre', children: sites.map((site) => groupId({ kind: 'site', site })) });
  for (const site of sites)
    relations.push({ parent: groupId({ kind: 'site', site }), children: teamsOf((t) => t.site === site) });
  for (const profile of profiles) {
    relations.push({
      parent: groupId({ kind: 'profile', profile }),
      children: teamsOf((t) => t.managementProfile === profile),
    });
  }
  for (const t of input.teams) {
    relations.push({
      parent: groupId({ kind: 'team', teamId: t.teamId }),
      children: [...workModes].map((workMode) =>
        groupId({ kind: 'team-work-mode', teamId: t.teamId, workMode }),
      ),
    });
  }

  /** The aggregate of a group in a window, summed from team aggregates. */
  const aggregateOf = (group: PulseGroup, window: TimeWindow): PulseAggregate => {
    const key = { teamId: groupId(group), window, workMode: 'all' as const };
    const teamAggregate = (teamId: string, mode: WorkMode | 'all') =>
      byKey.get(`${teamId}|${windowKey(window)}|${mode}`);
    const parts = (() => {
      switch (group.kind) {
        case 'team':
          return [teamAggregate(group.teamId, 'all')];
        case 'team-work-mode':
          return [teamAggregate(group.teamId, group.workMode)];
        case 'site':
          return input.teams.filter((t) => t.site === group.site).map((t) => teamAggregate(t.teamId, 'all'));
        case 'profile':
          return input.teams
            .filter((t) => t.managementProfile === group.profile)
            .map((t) => teamAggregate(t.teamId, 'all'));
        case 'centre':
          return input.teams.map((t) => teamAggregate(t.teamId, 'all'));
      }
    })();
    return mergePulseAggregates(
      key,
      parts.filter((p): p is PulseAggregate => p !== undefined),
    );
  };

  const windowsOfRange = new Map<string, TimeWindow>();
  const weeksOfWindow = new Map<string, string[]>();
  for (const week of input.weeks) {
    for (const w of windowsOfWeek(week)) {
      windowsOfRange.set(windowKey(w), w);
      weeksOfWindow.set(windowKey(w), [...(weeksOfWindow.get(windowKey(w)) ?? []), week]);
    }
  }

  const survives = new Map<string, PulseAggregate>();
  for (const window of windowsOfRange.values()) {
    const cells: SuppressionCell[] = [];
    const aggregates = new Map<string, PulseAggregate>();
    for (const [id, group] of groups) {
      const aggregate = aggregateOf(group, window);
      aggregates.set(id, aggregate);
      cells.push({ id, respondents: aggregate.respondents });
    }
    const { shown } = suppressComplementary(cells, relations, k);
    for (const id of shown) {
      const aggregate = aggregates.get(id);
      if (aggregate && aggregate.respondents > 0) survives.set(`${id}|${windowKey(window)}`, aggregate);
    }
  }

  const chosenByGroup = new Map<string, Map<string, { window: TimeWindow; aggregate: PulseAggregate }>>();
  for (const id of groups.keys()) {
    const used: { window: TimeWindow; weeks: Set<string> }[] = [];
    const chosen = new Map<string, { window: TimeWindow; aggregate: PulseAggregate }>();
    for (const kind of kinds) {
      for (const week of input.weeks) {
        if (chosen.has(week)) continue;
        const window = windowsOfWeek(week).find((w) => w.kind === kind);
        if (!window) continue;
        const aggregate = survives.get(`${id}|${windowKey(window)}`);
        if (!aggregate) continue;
        const weeks = new Set(weeksOfWindow.get(windowKey(window)) ?? []);
        const reused = used.find((u) => u.window.kind === window.kind && u.window.id === window.id);
        const overlaps = used.some((u) => u !== reused && [...u.weeks].some((w) => weeks.has(w)));
        const coversShownWeek =
          kind !== 'week' && [...weeks].some((w) => chosen.get(w)?.window.kind === 'week');
        if (!reused && (overlaps || coversShownWeek)) continue;
        if (!reused) used.push({ window, weeks });
        chosen.set(week, { window, aggregate });
      }
    }
    chosenByGroup.set(id, chosen);
  }

  const leaves = leavesOf(groups, input.teams, workModes);
  /** (team × work mode, week) cells of a figure: all of its scope, or only those with answers. */
  const cellsOf = (group: string, window: TimeWindow, answeredOnly: boolean) => {
    const cells = new Set<string>();
    for (const week of weeksOfWindow.get(windowKey(window)) ?? []) {
      for (const leaf of leaves.get(group) ?? []) {
        const [teamId, mode] = leaf.split('/');
        const answered = (byKey.get(`${teamId}|week:${week}|${mode}`)?.respondents ?? 0) > 0;
        if (!answeredOnly || answered) cells.add(`${leaf}|${week}`);
      }
    }
    return cells;
  };
  removeSubtractablePairs(chosenByGroup, cellsOf, k);

  const series = new Map<string, DisclosedPulse[]>();
  for (const [id, chosen] of chosenByGroup) {
    series.set(
      id,
      input.weeks.map((week): DisclosedPulse => {
        const c = chosen.get(week);
        if (c) return { state: 'shown', group: id, week, window: c.window, aggregate: c.aggregate };
        return { state: 'suppressed', group: id, week };
      }),
    );
  }
  return { k, series, groups };
}

/** Each group as a set of leaf cells (team × work mode), to tell which groups nest. */
function leavesOf(
  groups: ReadonlyMap<string, PulseGroup>,
  teams: readonly TeamOfCentre[],
  workModes: ReadonlySet<WorkMode>,
): Map<string, Set<string>> {
  const leaves = new Map<string, Set<string>>();
  const teamLeaves = (teamIds: string[]) =>
    new Set(teamIds.flatMap((t) => [...workModes].map((m) => `${t}/${m}`)));
  for (const [id, g] of groups) {
    switch (g.kind) {
      case 'centre':
        leaves.set(id, teamLeaves(teams.map((t) => t.teamId)));
        break;
      case 'site':
        leaves.set(id, teamLeaves(teams.filter((t) => t.site === g.site).map((t) => t.teamId)));
        break;
      case 'profile':
        leaves.set(
          id,
          teamLeaves(teams.filter((t) => t.managementProfile === g.profile).map((t) => t.teamId)),
        );
        break;
      case 'team':
        leaves.set(id, teamLeaves([g.teamId]));
        break;
      case 'team-work-mode':
        leaves.set(id, new Set([`${g.teamId}/${g.workMode}`]));
        break;
    }
  }
  return leaves;
}

/**
 * Last pass over the figures chosen for display: wherever every answer behind one shown figure
 * (its team × work-mode × week cells with answers) lies within another's scope, their difference
 * must not be a group of 1 to k−1. Only a lower bound of that difference is known from counts
 * (the larger count minus the smaller), so the pair stands only when the answered cells are the
 * same or the bound reaches k; otherwise the figure read from the wider window (or, in the same
 * window, the smaller group) is hidden. Hiding only removes information, so no earlier
 * guarantee is lost.
 */
function removeSubtractablePairs(
  chosenByGroup: Map<string, Map<string, { window: TimeWindow; aggregate: PulseAggregate }>>,
  cellsOf: (group: string, window: TimeWindow, answeredOnly: boolean) => Set<string>,
  k: number,
): void {
  const order: Record<WindowKind, number> = { week: 0, fortnight: 1, month: 2, quarter: 3 };
  for (let changed = true; changed; ) {
    changed = false;
    const figures = [...chosenByGroup].flatMap(([group, chosen]) => {
      const unique = new Map<string, { window: TimeWindow; aggregate: PulseAggregate }>();
      for (const c of chosen.values()) unique.set(windowKey(c.window), c);
      return [...unique.values()].map((c) => ({
        group,
        ...c,
        scope: cellsOf(group, c.window, false),
        answered: cellsOf(group, c.window, true),
      }));
    });
    const hide = (group: string, window: TimeWindow) => {
      const chosen = chosenByGroup.get(group);
      if (!chosen) return;
      for (const [week, c] of chosen) if (windowKey(c.window) === windowKey(window)) chosen.delete(week);
      changed = true;
    };
    outer: for (const a of figures) {
      for (const b of figures) {
        if (a === b || ![...b.answered].every((cell) => a.scope.has(cell))) continue;
        const same =
          a.answered.size === b.answered.size && [...a.answered].every((cell) => b.answered.has(cell));
        const gap = a.aggregate.respondents - b.aggregate.respondents;
        if (same || gap >= k) continue;
        const wider =
          order[a.window.kind] === order[b.window.kind]
            ? b
            : order[a.window.kind] > order[b.window.kind]
              ? a
              : b;
        hide(wider.group, wider.window);
        break outer;
      }
    }
  }
}
