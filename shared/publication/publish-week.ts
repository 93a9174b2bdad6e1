import type { TimeWindow } from '../aggregates/aggregate.types.js';
import { emptyStats, mergeStats, type SufficientStats } from '../aggregates/sufficient-stats.js';
import type { WorkMode } from '../roster/index.js';
import { type PulseDimension, pulseDimensions } from '../surveys/pulse-dimensions.js';
import { DisclosureAtoms } from './disclosure-atoms.js';
import { figureHas, type PublishedPulseFigure } from './published-figure.js';
import { answersOf, cellKey, type EnpsCounts, type PulseCell, type PulseMeasure } from './pulse-cells.js';
import { groupId, leavesOfGroup, pulseGroupsOf, type TeamOfCentre } from './pulse-groups.js';
import { isoYearOfWeek, weeksOfWindow, windowsClosingWith } from './pulse-windows.js';

export const pulseMeasures: readonly PulseMeasure[] = [...pulseDimensions, 'enps'];

export interface PublishWeekInput {
  readonly teams: readonly TeamOfCentre[];
  /** The week that closes now (its links have expired): it and every window ending with it. */
  readonly week: string;
  /** Every cell of the week's ISO year up to this week (windows never leave an ISO year). */
  readonly cells: ReadonlyMap<string, PulseCell>;
  /** Everything already published for the same ISO year. */
  readonly published: readonly PublishedPulseFigure[];
  readonly k: number;
}

/**
 * Decides what is published when a week closes, across every group and level, against
 * everything already published that year (DESIGN.md section 6).
 * 1. rebuild, per measure, the atoms of the year's published figures
 * 2. for the week, then each wider window ending with it (fortnight, month, quarter), and for
 *    each group in order (teams, sites, profiles, centre, work-mode cuts): offer each measure;
 *    a wider window is offered only for a group and measure with a week it does not cover yet
 * 3. a measure is published when its atoms all keep k distinct advisors (disclosure-atoms.ts)
 * The result depends on the stored answers and the roster alone, never on a request.
 */
export function publishClosingWeek(input: PublishWeekInput): PublishedPulseFigure[] {
  const year = isoYearOfWeek(input.week);
  const workModes = [...new Set([...input.cells.values()].map((c) => c.leaf.split('/')[1] as WorkMode))];
  const atoms = new Map(pulseMeasures.map((m) => [m, new DisclosureAtoms(input.cells, m, input.k)]));
  const covered = new Set<string>();
  const cover = (group: string, measure: PulseMeasure, weeks: readonly string[]) => {
    for (const w of weeks) covered.add(`${group}|${measure}|${w}`);
  };
  const scopeOf = (leaves: readonly string[], weeks: readonly string[]) =>
    weeks.flatMap((w) => leaves.map((leaf) => cellKey(leaf, w)));

  for (const figure of input.published) {
    const weeks = weeksOfWindow(figure.window, year);
    const scope = scopeOf(figure.leaves, weeks);
    for (const measure of pulseMeasures) {
      if (!figureHas(figure, measure)) continue;
      atoms.get(measure)?.add(scope);
      cover(figure.group, measure, weeks);
    }
  }

  const figures: PublishedPulseFigure[] = [];
  for (const window of windowsClosingWith(input.week)) {
    const weeks = weeksOfWindow(window, year);
    for (const group of pulseGroupsOf(input.teams, workModes)) {
      const id = groupId(group);
      const leaves = leavesOfGroup(group, input.teams, workModes);
      const scope = scopeOf(leaves, weeks);
      const cells = scope.flatMap((key) => input.cells.get(key) ?? []);
      const accepted: PulseMeasure[] = [];
      for (const measure of pulseMeasures) {
        if (cells.every((c) => answersOf(c, measure) === 0)) continue;
        if (window.kind !== 'week' && weeks.every((w) => covered.has(`${id}|${measure}|${w}`))) continue;
        if (!atoms.get(measure)?.tryAdd(scope)) continue;
        cover(id, measure, weeks);
        accepted.push(measure);
      }
      if (accepted.length) figures.push(figureOf(id, window, weeks, leaves, cells, accepted));
    }
  }
  return figures;
}

function figureOf(
  group: string,
  window: TimeWindow,
  weeks: readonly string[],
  leaves: readonly string[],
  cells: readonly PulseCell[],
  measures: readonly PulseMeasure[],
): PublishedPulseFigure {
  const dimensions: Partial<Record<PulseDimension, SufficientStats>> = {};
  let enps: EnpsCounts | undefined;
  for (const measure of measures) {
    if (measure === 'enps') {
      enps = { promoters: 0, passives: 0, detractors: 0 };
      for (const c of cells) {
        enps = {
          promoters: enps.promoters + c.enps.promoters,
          passives: enps.passives + c.enps.passives,
          detractors: enps.detractors + c.enps.detractors,
        };
      }
    } else {
      dimensions[measure] = cells.reduce(
        (s, c) => mergeStats(s, c.stats.get(measure) ?? emptyStats),
        emptyStats,
      );
    }
  }
  return {
    group,
    window,
    firstWeek: weeks[0] ?? '',
    lastWeek: weeks.at(-1) ?? '',
    leaves,
    dimensions,
    ...(enps ? { enps } : {}),
  };
}

/**
 * Closes weeks one after another, as the publication job does week by week: each week's
 * decision sees everything published before it in its ISO year. Returns the new figures.
 */
export function publishWeeksInTurn(input: {
  readonly teams: readonly TeamOfCentre[];
  readonly weeks: readonly string[];
  readonly cells: ReadonlyMap<string, PulseCell>;
  readonly published?: readonly PublishedPulseFigure[];
  readonly k: number;
}): PublishedPulseFigure[] {
  return [...publishWeeksByWeek(input).values()].flat();
}

/** As publishWeeksInTurn, with each closing week's figures apart (what the job stores per week). */
export function publishWeeksByWeek(input: {
  readonly teams: readonly TeamOfCentre[];
  readonly weeks: readonly string[];
  readonly cells: ReadonlyMap<string, PulseCell>;
  readonly published?: readonly PublishedPulseFigure[];
  readonly k: number;
}): Map<string, PublishedPulseFigure[]> {
  const all = [...(input.published ?? [])];
  const byWeek = new Map<string, PublishedPulseFigure[]>();
  for (const week of input.weeks) {
    const year = isoYearOfWeek(week);
    const figures = publishClosingWeek({
      teams: input.teams,
      week,
      cells: input.cells,
      published: all.filter((f) => isoYearOfWeek(f.firstWeek) === year),
      k: input.k,
    });
    all.push(...figures);
    byWeek.set(week, figures);
  }
  return byWeek;
}
