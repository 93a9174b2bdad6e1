import { evaluateByLogic } from './evaluate-by-logic.js';
import { LogicAtoms, logicCell, siteOfCell, skippedModule } from './logic-atoms.js';
import type { ShownItemEvaluation, ViewEvaluation } from './logics-month.js';
import { type PublishedLogicsView, publishedGroupOf } from './publish-logics.js';
import type { AnswerVector, LogicItemRef } from './standardise-answers.js';

export interface PublishEvaluationsInput {
  readonly items: readonly LogicItemRef[];
  readonly answers: readonly AnswerVector[];
  readonly siteOfRespondent: readonly string[];
  /** Each respondent's logic index (the discovery's assignments); never stored. */
  readonly assignments: readonly number[];
  readonly names: readonly string[];
  /** The views publishLogics kept (centre first), withheld ones included. */
  readonly views: readonly PublishedLogicsView[];
  readonly k: number;
  readonly notYetCountingBySite?: Readonly<Record<string, number>>;
  readonly skippedModuleBySite?: Readonly<Record<string, number>>;
  /** False when the month's structure is 'none': ratings only, no group flagged (README's Limit). */
  readonly flagsShown: boolean;
}

const rated = (cell: string) => `${cell}\u0000rated`;
const unrated = (cell: string) => `${cell}\u0000unrated`;

/**
 * How each published view's groups rate each evaluated item (evaluate-by-logic.ts), with the
 * number of ratings behind each mean checked as every other count is. A rating's n is a
 * published count: with the logic sizes it tells how many of a group skipped the item, and
 * two views' means over rater sets that differ by a few people would give those few's ratings
 * away by difference. So, item by item, the (site × logic × rated or not) cells carry the
 * respondent counts published elsewhere and every view's group sizes, and an item is shown in
 * a view only when its raters of the scope and of each group cut no atom of those cells into a
 * part of 1 to k − 1 (with the uncounted participants taken out, logic-atoms.ts); else the
 * item is withheld in that view with its reason.
 */
export function publishEvaluations(input: PublishEvaluationsInput): ViewEvaluation[] {
  const { k } = input;
  const published = input.views.filter(
    (v): v is Extract<PublishedLogicsView, { state: 'published' }> => v.state === 'published',
  );
  const centre = published.find((v) => v.scope.level === 'centre');
  if (!centre) return [];
  const allLogics = input.names.map((_, i) => i);
  const sites = [
    ...new Set([...input.siteOfRespondent, ...Object.keys(input.skippedModuleBySite ?? {})]),
  ].sort();
  const uncounted = (cells: readonly string[]) =>
    [...new Set(cells.map(siteOfCell))].reduce((s, site) => s + (input.notYetCountingBySite?.[site] ?? 0), 0);
  const shownCentre = new Set(centre.logics.map((l) => l.name));
  const indexOfName = new Map(input.names.map((n, i) => [n, i]));

  /** The logic indices of a view's groups: each shown logic, and "other" = every other logic. */
  const groupsOf = (view: Extract<PublishedLogicsView, { state: 'published' }>) => {
    const shown = view.logics.map((l) => indexOfName.get(l.name) as number);
    const other = allLogics.filter((l) => !shown.includes(l));
    return [
      ...shown.map((l) => ({ name: view.logics[shown.indexOf(l)]?.name ?? '', logics: [l] })),
      { name: 'other', logics: other },
    ];
  };
  const sitesOf = (view: PublishedLogicsView) => (view.scope.level === 'centre' ? sites : [view.scope.site]);
  const cellsOf = (siteList: readonly string[], logics: readonly number[]) =>
    siteList.flatMap((s) => logics.map((l) => logicCell(s, l)));

  const evaluations = new Map<PublishedLogicsView, ShownItemEvaluation[]>();
  const families = new Map<PublishedLogicsView, ViewEvaluation['family']>();
  for (const view of published) {
    const scopeSites = new Set(sitesOf(view));
    const inScope = input.answers.flatMap((_, i) =>
      scopeSites.has(input.siteOfRespondent[i] as string) ? [i] : [],
    );
    const groups = publishedGroupOf(view, input.names, input.assignments);
    const evaluation = evaluateByLogic({
      items: input.items,
      answers: inScope.map((i) => input.answers[i] as AnswerVector),
      groups: inScope.map((i) => groups[i] as string),
    });
    families.set(view, evaluation.family);
    evaluations.set(
      view,
      evaluation.items.map((item) => ({
        state: 'shown' as const,
        ...item,
        ...(input.flagsShown
          ? {}
          : { byLogic: item.byLogic.map((r) => ({ ...r, flagged: false })), valuedByOneOnly: null }),
      })),
    );
  }

  input.items.forEach((item, j) => {
    if (item.role !== 'evaluated') return;
    const counts = new Map<string, number>();
    input.answers.forEach((vector, i) => {
      const cell = logicCell(input.siteOfRespondent[i] as string, input.assignments[i] as number);
      const value = vector[j];
      const key =
        value === null || value === undefined || !Number.isFinite(value) ? unrated(cell) : rated(cell);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    for (const [site, n] of Object.entries(input.skippedModuleBySite ?? {}))
      if (n > 0) counts.set(unrated(logicCell(site, skippedModule)), n);
    const both = (cells: readonly string[]) => cells.flatMap((c) => [rated(c), unrated(c)]);
    const atoms = new LogicAtoms(counts, k, uncounted);
    atoms.publishedElsewhere([
      both(cellsOf(sites, [...allLogics, skippedModule])),
      ...sites.map((s) => both(cellsOf([s], [...allLogics, skippedModule]))),
      ...published.flatMap((view) => [
        both(cellsOf(sitesOf(view), allLogics)),
        ...groupsOf(view).map((g) => both(cellsOf(sitesOf(view), g.logics))),
      ]),
    ]);
    for (const view of published) {
      const list = evaluations.get(view) as ShownItemEvaluation[];
      const position = list.findIndex((e) => e.itemId === item.id);
      const shown = list[position];
      if (shown?.state !== 'shown') continue;
      const scope = sitesOf(view);
      const raterFigures = [
        cellsOf(scope, allLogics).map(rated),
        ...groupsOf(view).map((g) => cellsOf(scope, g.logics).map(rated)),
      ];
      if (atoms.tryAdd(raterFigures)) continue;
      const few = shown.byLogic.some((r) => r.n > 0 && r.n - uncounted(cellsOf(scope, allLogics)) < k);
      list[position] = {
        state: 'withheld',
        itemId: item.id,
        reason: few ? 'fewer-than-k-ratings' : 'would-isolate',
      };
    }
  });

  return published.map((view) => ({
    scope: view.scope,
    items: evaluations.get(view) ?? [],
    family: families.get(view) ?? { method: 'benjamini-hochberg', size: 0, alpha: 0.05 },
    flagsShown: input.flagsShown && (view.scope.level !== 'centre' || shownCentre.size > 0),
  }));
}
