import type { AdditiveRelation } from './complementary-suppression.js';

const epsilon = 1e-9;

/**
 * Hidden cells whose respondents follow exactly from the shown ones by any linear combination
 * of the additive relations (not only chains of single subtractions), e.g. an interior cell of a
 * team × work-mode table whose margins are shown. Each relation gives the equation
 * parent − Σ children (− remainder, when the children do not cover the parent) = 0 over the
 * hidden cells; a hidden cell is determined when its unit vector lies in the row space of those
 * equations, read off the reduced row echelon form (Gauss–Jordan elimination).
 */
export function linearlyDeterminedCells(
  shown: ReadonlySet<string>,
  relations: readonly AdditiveRelation[],
  respondents: ReadonlyMap<string, number>,
): string[] {
  const hidden = [...new Set(relations.flatMap((r) => [r.parent, ...r.children]))].filter(
    (id) => !shown.has(id),
  );
  const column = new Map(hidden.map((id, i) => [id, i]));
  const remainders = relations.map(
    (r) => r.children.reduce((s, c) => s + (respondents.get(c) ?? 0), 0) !== respondents.get(r.parent),
  );
  const width = hidden.length + remainders.filter(Boolean).length;
  let nextRemainder = hidden.length;
  const rows = relations.map((relation, i) => {
    const row = new Array<number>(width).fill(0);
    const add = (id: string, sign: number) => {
      const j = column.get(id);
      if (j !== undefined) row[j] = (row[j] ?? 0) + sign;
    };
    add(relation.parent, 1);
    for (const child of relation.children) add(child, -1);
    if (remainders[i]) {
      row[nextRemainder] = -1;
      nextRemainder += 1;
    }
    return row;
  });

  let rank = 0;
  for (let col = 0; col < width && rank < rows.length; col += 1) {
    const pivot = rows.findIndex((row, r) => r >= rank && Math.abs(row[col] ?? 0) > epsilon);
    if (pivot < 0) continue;
    const pivotRow = rows[pivot] ?? [];
    rows[pivot] = rows[rank] ?? [];
    const scale = pivotRow[col] ?? 1;
    const normalised = pivotRow.map((v) => v / scale);
    rows[rank] = normalised;
    rows.forEach((row, r) => {
      const factor = row[col] ?? 0;
      if (r === rank || Math.abs(factor) <= epsilon) return;
      rows[r] = row.map((v, j) => v - factor * (normalised[j] ?? 0));
    });
    rank += 1;
  }

  const determined: string[] = [];
  for (const row of rows.slice(0, rank)) {
    const nonZero = row.flatMap((v, j) => (Math.abs(v) > epsilon ? [j] : []));
    const only = nonZero.length === 1 ? nonZero[0] : undefined;
    const id = only === undefined ? undefined : hidden[only];
    if (id !== undefined) determined.push(id);
  }
  return determined;
}
