import { evaluateByLogic } from './evaluate-by-logic.js';
import { logicCell, siteOfCell } from './logic-atoms.js';
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

/**
 * Each respondent's evaluated ratings with a skipped one filled with their own level: the mean
 * of the evaluated items they did rate (the scale's middle if none). Every rating figure is
 * then over exactly the respondents of a published group, one value each, computed from their
 * own answers only: its n is the group's size, already published, and no subtraction of views
 * can single out who skipped an item or what the few others rated.
 */
function withOwnLevel(items: readonly LogicItemRef[], answers: readonly AnswerVector[]): AnswerVector[] {
  const evaluated = items.flatMap((item, j) => (item.role === 'evaluated' ? [j] : []));
  return answers.map((vector) => {
    const given = evaluated.flatMap((j) => {
      const v = vector[j];
      return v === null || v === undefined || !Number.isFinite(v) ? [] : [v];
    });
    return vector.map((value, j) => {
      const item = items[j] as LogicItemRef;
      if (item.role !== 'evaluated' || (value !== null && value !== undefined && Number.isFinite(value)))
        return value;
      return given.length
        ? given.reduce((a, b) => a + b, 0) / given.length
        : (item.scale.min + item.scale.max) / 2;
    });
  });
}

/** Share of a group that must have rated an item for the group's rating to be shown. */
export const minimumRatedShare = 0.5;

/**
 * How each published view's groups rate each evaluated item (evaluate-by-logic.ts), over the
 * view's published groups only (a group = a shown logic or "other" of the view). A skipped
 * rating counts as the respondent's own level (withOwnLevel), so every mean, interval and n is
 * a figure over a published group and reveals nothing the group sizes do not. An item is shown
 * in a view only when, in each group, the real ratings reach k once the scope's uncounted
 * participants are taken out and at least half the group (`minimumRatedShare`); else it is
 * withheld there ('fewer-than-k-ratings'), so a mean is never mostly filled in.
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

  const filled = withOwnLevel(input.items, input.answers);
  const evaluations = new Map<PublishedLogicsView, ShownItemEvaluation[]>();
  const families = new Map<PublishedLogicsView, ViewEvaluation['family']>();
  for (const view of published) {
    const scopeSites = new Set(sitesOf(view));
    const inScope = input.answers.flatMap((_, i) =>
      scopeSites.has(input.siteOfRespondent[i] as string) ? [i] : [],
    );
    const uncountedInScope = uncounted(cellsOf(sitesOf(view), allLogics));
    const groups = publishedGroupOf(view, input.names, input.assignments);
    const evaluation = evaluateByLogic({
      items: input.items,
      answers: inScope.map((i) => filled[i] as AnswerVector),
      groups: inScope.map((i) => groups[i] as string),
    });
    families.set(view, evaluation.family);
    evaluations.set(
      view,
      evaluation.items.map((item): ShownItemEvaluation => {
        const j = input.items.findIndex((it) => it.id === item.itemId);
        const tooFew = groupsOf(view).some((g) => {
          const members = inScope.filter((i) => groups[i] === g.name);
          if (!members.length) return false;
          const rated = members.filter((i) => {
            const v = input.answers[i]?.[j];
            return v !== null && v !== undefined && Number.isFinite(v);
          }).length;
          return rated - uncountedInScope < k || rated < minimumRatedShare * members.length;
        });
        if (tooFew) return { state: 'withheld', itemId: item.itemId, reason: 'fewer-than-k-ratings' };
        return {
          state: 'shown',
          ...item,
          ...(input.flagsShown
            ? {}
            : { byLogic: item.byLogic.map((r) => ({ ...r, flagged: false })), valuedByOneOnly: null }),
        };
      }),
    );
  }

  return published.map((view) => ({
    scope: view.scope,
    items: evaluations.get(view) ?? [],
    family: families.get(view) ?? { method: 'benjamini-hochberg', size: 0, alpha: 0.05 },
    flagsShown: input.flagsShown && (view.scope.level !== 'centre' || shownCentre.size > 0),
  }));
}
