import { defaultAnonymityThreshold } from './anonymity.js';
import { linearlyDeterminedCells } from './linear-disclosure.js';

/**
 * A figure a user can see together with others: one group of advisors (a team, a site, a
 * team's remote advisors, a team in one week...) and how many of them answered.
 */
export interface SuppressionCell {
  readonly id: string;
  /** Respondents behind the figure; must add up along every relation the cell takes part in. */
  readonly respondents: number;
}

/**
 * An additive relation: the parent's group is the disjoint union of its children's groups, so
 * parent.respondents = Σ children.respondents, and the parent's figure minus the visible
 * children's figures describes the hidden children. Examples: site → its teams; team → its
 * work-mode cuts; for time, a month → its weeks, counted in answers (one per advisor and week)
 * rather than distinct advisors, since only answers add up over time. A parent whose children
 * do not cover it has an implicit hidden remainder, treated like a hidden child.
 */
export interface AdditiveRelation {
  readonly parent: string;
  readonly children: readonly string[];
}

export type CellDisclosure = 'shown' | 'suppressed-primary' | 'suppressed-complementary';

export interface SuppressionResult {
  readonly disclosure: ReadonlyMap<string, CellDisclosure>;
  /** Cells whose figure and count may be shown. */
  readonly shown: ReadonlySet<string>;
}

function isPartition(relation: AdditiveRelation, respondents: ReadonlyMap<string, number>): boolean {
  const children = relation.children.reduce((s, c) => s + (respondents.get(c) ?? 0), 0);
  return children === respondents.get(relation.parent);
}

/**
 * The first relation through which a small group (1..k−1 respondents) can be worked out from
 * the shown cells, following chains of subtraction: the only hidden child of a known parent, a
 * hidden parent whose children are all known (both for relations whose children exactly cover
 * the parent), then a known parent minus its known children, and last any hidden small cell
 * that a linear combination of the relations determines (see linearlyDeterminedCells).
 */
export function findDisclosureLeak(
  shown: ReadonlySet<string>,
  relations: readonly AdditiveRelation[],
  respondents: ReadonlyMap<string, number>,
  k: number,
): AdditiveRelation | undefined {
  const small = (n: number) => n > 0 && n < k;
  const known = new Set(shown);
  const partitions = relations.filter((r) => isPartition(r, respondents));
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of partitions) {
      const hidden = relation.children.filter((c) => !known.has(c));
      const deduced =
        known.has(relation.parent) && hidden.length === 1
          ? hidden[0]
          : !known.has(relation.parent) && hidden.length === 0
            ? relation.parent
            : undefined;
      if (deduced === undefined) continue;
      if (small(respondents.get(deduced) ?? 0)) return relation;
      known.add(deduced);
      changed = true;
    }
  }
  const chained = relations.find((relation) => {
    if (!known.has(relation.parent)) return false;
    const knownChildren = relation.children
      .filter((c) => known.has(c))
      .reduce((s, c) => s + (respondents.get(c) ?? 0), 0);
    return small((respondents.get(relation.parent) ?? 0) - knownChildren);
  });
  if (chained) return chained;
  const exposed = linearlyDeterminedCells(shown, relations, respondents).find((id) =>
    small(respondents.get(id) ?? 0),
  );
  return exposed === undefined
    ? undefined
    : relations.find((r) => r.parent === exposed || r.children.includes(exposed));
}

/**
 * Primary and complementary suppression of pulse figures seen together.
 * 1. Primary: a cell with 1..k−1 respondents is suppressed (0 is shown as "no answers").
 * 2. Leak: a relation whose parent is known (shown or deducible) while parent minus known
 *    children leaves 1..k−1 respondents, which isolates a small group (a lone suppressed child,
 *    or several suppressed children, or an uncovered remainder, adding up to fewer than k).
 * 3. Fix: suppress the smallest shown non-empty child of that relation; if none is left, the
 *    parent; failing both, the smallest shown non-empty cell of a relation sharing a cell with it,
 *    then of all cells. Repeat from 2 until no relation leaks (each pass hides one more cell, so
 *    it ends). Deterministic: ties are broken by id.
 * Protects against chains of subtraction and against exact recovery of a small cell by any
 * linear combination of the relations. It does not bound hidden cells by intervals (a user who
 * knows counts are non-negative may still narrow a hidden cell to a range).
 */
export function suppressComplementary(
  cells: readonly SuppressionCell[],
  relations: readonly AdditiveRelation[],
  k = defaultAnonymityThreshold,
): SuppressionResult {
  const respondents = new Map(cells.map((c) => [c.id, c.respondents]));
  const disclosure = new Map<string, CellDisclosure>();
  for (const cell of cells) {
    const primary = cell.respondents > 0 && cell.respondents < k;
    disclosure.set(cell.id, primary ? 'suppressed-primary' : 'shown');
  }
  const shownIds = () => new Set([...disclosure].filter(([, d]) => d === 'shown').map(([id]) => id));
  const smallestShown = (ids: Iterable<string>): string | undefined =>
    [...new Set(ids)]
      .filter((id) => disclosure.get(id) === 'shown' && (respondents.get(id) ?? 0) > 0)
      .sort((a, b) => (respondents.get(a) ?? 0) - (respondents.get(b) ?? 0) || a.localeCompare(b))[0];

  for (;;) {
    const shown = shownIds();
    const leak = findDisclosureLeak(shown, relations, respondents, k);
    if (!leak) return { disclosure, shown };
    const members = new Set([leak.parent, ...leak.children]);
    const neighbours = relations
      .filter((r) => members.has(r.parent) || r.children.some((c) => members.has(c)))
      .flatMap((r) => [r.parent, ...r.children]);
    const next =
      smallestShown(leak.children) ??
      (disclosure.get(leak.parent) === 'shown' ? leak.parent : undefined) ??
      smallestShown(neighbours) ??
      smallestShown(respondents.keys());
    if (next === undefined) return { disclosure, shown };
    disclosure.set(next, 'suppressed-complementary');
  }
}
