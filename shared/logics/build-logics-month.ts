import { type DiscoverLogicsInput, discoverLogics } from './discover-logics.js';
import type { LogicsContinuity, LogicsMap, LogicsMonth } from './logics-month.js';
import { matchLogics, type NamedLogic } from './match-logics.js';
import { publishEvaluations } from './publish-evaluations.js';
import { publishLogics } from './publish-logics.js';
import { type CentreResource, resourcesForLogic } from './resources-by-logic.js';
import type { AnswerVector } from './standardise-answers.js';
import {
  type CentreToolOrMethod,
  waysOfWorkingModule,
  waysOfWorkingWeekOf,
} from './ways-of-working-module.js';

/** One respondent of the module week as the job reads it: the site of their team and their answers. */
export interface ModuleWeekRespondent {
  readonly site: string;
  /** Item id → value, as sealed with the pulse answer (pulse items included; they are ignored). */
  readonly answers: Readonly<Record<string, number>>;
}

export interface BuildLogicsMonthInput {
  readonly month: string;
  readonly k: number;
  readonly publishedAt: Date;
  /** The tools and methods list the module asked about (the admin's list). */
  readonly tools: readonly CentreToolOrMethod[];
  readonly resources: readonly CentreResource[];
  /** Every anonymous pulse answer of the module week, with its team's site. */
  readonly respondents: readonly ModuleWeekRespondent[];
  /** Per site, the week's participants not counting toward k yet (joined their team < 28 days before). */
  readonly notYetCountingBySite: Readonly<Record<string, number>>;
  /** The last published month with a centre view, whose logic names this month continues. */
  readonly previous?: LogicsMonth | undefined;
  /** Discovery settings (tests); the seed is always the month's. */
  readonly discovery?: Pick<DiscoverLogicsInput, 'restarts' | 'resamples' | 'silhouetteSample'>;
}

/** The deterministic seed of a month's discovery: `2026-03` → 202603. */
export const seedOfMonth = (month: string): number => Number(month.replace('-', ''));

/**
 * A month's logics, from its module week's anonymous answers to what is stored (issue 12):
 * answer vectors over the module's items, discovery seeded from the month, names matched with
 * the last published month, the centre and site views under k (with uncounted participants and
 * module skippers), each view's evaluation, and resources per shown logic. The assignments of
 * respondents to logics are used here and dropped: only aggregates are returned.
 */
export function buildLogicsMonth(input: BuildLogicsMonthInput): LogicsMonth {
  const week = waysOfWorkingWeekOf(input.month);
  const items = waysOfWorkingModule(input.tools);
  const refs = items.map(({ id, role, scale }) => ({ id, role, scale }));
  const answers: AnswerVector[] = [];
  const siteOfRespondent: string[] = [];
  const skippedModuleBySite: Record<string, number> = {};
  for (const respondent of input.respondents) {
    const vector = items.map((item) => {
      const value = respondent.answers[item.id];
      return typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= item.scale.min &&
        value <= item.scale.max
        ? value
        : null;
    });
    if (vector.every((v) => v === null)) {
      skippedModuleBySite[respondent.site] = (skippedModuleBySite[respondent.site] ?? 0) + 1;
      continue;
    }
    answers.push(vector);
    siteOfRespondent.push(respondent.site);
  }
  const discovery = discoverLogics({
    items: refs,
    answers,
    seed: seedOfMonth(input.month),
    ...input.discovery,
  });
  const previousCentre = input.previous?.views.find((v) => v.scope.level === 'centre');
  const previousLogics: NamedLogic[] =
    previousCentre?.state === 'published'
      ? previousCentre.logics.map((l) => ({ name: l.name, centroid: l.centroid ?? {} }))
      : [];
  const base = {
    month: input.month,
    week,
    k: input.k,
    publishedAt: input.publishedAt.toISOString(),
    tools: [...input.tools],
  };
  const previousMonth = previousCentre?.state === 'published' ? (input.previous?.month ?? null) : null;
  if (discovery.state !== 'ok') {
    return {
      ...base,
      discovery: { state: 'insufficient', reason: discovery.reason },
      map: null,
      continuity: { previousMonth, logics: [], ended: previousLogics.map((l) => l.name) },
      namesUsed: [...(input.previous?.namesUsed ?? [])],
      views: publishLogics({ discovery, names: [], siteOfRespondent, window: week, k: input.k }),
      evaluations: [],
      resources: [],
    };
  }
  const matched = matchLogics({
    previous: previousLogics,
    current: discovery.logics,
    items: refs,
    usedNames: input.previous?.namesUsed ?? [],
  });
  const names = matched.matches.map((m) => m.name);
  const sites = [...new Set([...siteOfRespondent, ...Object.keys(skippedModuleBySite)])].sort();
  const views = publishLogics({
    discovery,
    names,
    siteOfRespondent,
    window: week,
    k: input.k,
    // The centre's pulse count; each site's is accounted for by the site views' skipper checks
    // (its own view holds its count; the property test combines them with every pulse count).
    publishedTotals: [sites],
    notYetCountingBySite: input.notYetCountingBySite,
    skippedModuleBySite,
  });
  const centre = views[0];
  const shown = centre?.state === 'published' ? centre.logics.map((l) => l.name) : [];
  const shownIndices = shown.map((name) => names.indexOf(name));
  const map: LogicsMap | null = shown.length
    ? {
        explainedVariance: discovery.view.explainedVariance,
        loadings: discovery.view.loadings,
        logics: discovery.view.logics
          .filter((l) => shownIndices.includes(l.index))
          .map((l) => ({ name: names[l.index] ?? '', centroid: l.centroid, spread: l.spread })),
      }
    : null;
  const continuity: LogicsContinuity = {
    previousMonth,
    logics: shownIndices.map((index) => {
      const m = matched.matches[index];
      return {
        name: names[index] ?? '',
        continues: m?.continues ?? null,
        distance: m?.continues ? (m.distance ?? null) : null,
      };
    }),
    ended: previousLogics
      .map((l) => l.name)
      .filter((name) => !shownIndices.some((i) => matched.matches[i]?.continues === name)),
  };
  const structure = discovery.criterion.structure;
  const evaluations = publishEvaluations({
    items: refs,
    answers,
    siteOfRespondent,
    assignments: discovery.assignments,
    names,
    views,
    k: input.k,
    notYetCountingBySite: input.notYetCountingBySite,
    skippedModuleBySite,
    flagsShown: structure !== 'none',
  });
  const resourceById = new Map(input.resources.map((r) => [r.id, r]));
  return {
    ...base,
    discovery: {
      state: 'ok',
      criterion: discovery.criterion,
      stability: discovery.stability ?? null,
    },
    map,
    continuity,
    namesUsed: [...new Set([...(input.previous?.namesUsed ?? []), ...names])].sort(),
    views,
    evaluations,
    resources: shownIndices.map((index) => ({
      logic: names[index] ?? '',
      proposals: resourcesForLogic(discovery.logics[index] ?? { distinctive: [] }, input.resources).map(
        (p) => {
          const r = resourceById.get(p.resourceId) as CentreResource;
          return { resource: { id: r.id, kind: r.kind, title: r.title }, fit: p.fit, because: p.because };
        },
      ),
    })),
  };
}
