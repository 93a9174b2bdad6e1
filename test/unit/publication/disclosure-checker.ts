import { mondayOfIsoWeek } from '../../../shared/time/windows.js';

/** One answer with its author, as only a test knows it. */
export interface KnownAnswer {
  readonly advisorId: string;
  readonly cell: string;
  readonly week: string;
  /** Measure → value answered. */
  readonly values: Readonly<Record<string, number>>;
  readonly countsTowardKFrom: string;
}

/** A published figure seen as a set of cells for one measure. */
export interface FigureScope {
  readonly cells: ReadonlySet<string>;
}

const eps = 1e-9;

/** Row-reduces a 0/1 matrix and says whether a vector lies in its row space (rank test). */
export function inRowSpace(rows: readonly number[][], vector: readonly number[]): boolean {
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let r = 0;
    const width = a[0]?.length ?? 0;
    for (let c = 0; c < width && r < a.length; c++) {
      let p = -1;
      for (let i = r; i < a.length; i++) if (Math.abs(a[i]?.[c] ?? 0) > eps) p = p < 0 ? i : p;
      if (p < 0) continue;
      [a[r], a[p]] = [a[p] as number[], a[r] as number[]];
      const pivot = a[r] as number[];
      for (let i = 0; i < a.length; i++) {
        if (i === r) continue;
        const row = a[i] as number[];
        const f = (row[c] ?? 0) / (pivot[c] ?? 1);
        if (Math.abs(f) > eps) for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) - f * (pivot[j] ?? 0);
      }
      r++;
    }
    return r;
  };
  return rank([...rows.map((x) => [...x]), [...vector]]) === rank(rows.map((x) => [...x]));
}

/**
 * Distinct advisors who answered a measure in a set of cells in a week when they counted
 * toward k (from 28 days after joining their team).
 */
export function trueRespondents(
  answers: readonly KnownAnswer[],
  cells: ReadonlySet<string>,
  measure: string,
): number {
  return new Set(
    answers
      .filter(
        (a) =>
          cells.has(a.cell) &&
          a.values[measure] !== undefined &&
          a.countsTowardKFrom <= mondayOfIsoWeek(a.week).toISOString().slice(0, 10),
      )
      .map((a) => a.advisorId),
  ).size;
}

export function answersIn(
  answers: readonly KnownAnswer[],
  cells: ReadonlySet<string>,
  measure: string,
): number {
  return answers.filter((a) => cells.has(a.cell) && a.values[measure] !== undefined).length;
}

/**
 * Everything one measure's published figures reveal, checked from the authors' side:
 * 1. atoms (cells in exactly the same figures, found by comparing columns): any linear
 *    combination of the figures is constant on them, so each atom with answers must hold
 *    k distinct advisors or more;
 * 2. independently, by rank: each single cell whose total is determined by the figures, and
 *    each difference of two nested figures, holds no answer or k advisors or more.
 * Returns the violations found, as readable lines.
 */
export function disclosureViolations(
  figures: readonly FigureScope[],
  answers: readonly KnownAnswer[],
  measure: string,
  k: number,
): string[] {
  const cells = [...new Set(answers.map((a) => a.cell))].sort();
  const rows = figures.map((f) => cells.map((c) => (f.cells.has(c) ? 1 : 0)));
  const violations: string[] = [];
  const byColumn = new Map<string, Set<string>>();
  cells.forEach((c, j) => {
    const signature = rows.map((r) => r[j]).join('');
    if (!signature.includes('1')) return;
    const atom = byColumn.get(signature) ?? new Set<string>();
    atom.add(c);
    byColumn.set(signature, atom);
  });
  for (const atom of byColumn.values()) {
    const n = trueRespondents(answers, atom, measure);
    if (answersIn(answers, atom, measure) > 0 && n < k)
      violations.push(`atom ${[...atom].join(' ')}: ${n} advisors`);
  }
  cells.forEach((c, j) => {
    const unit = cells.map((_, i) => (i === j ? 1 : 0));
    if (rows.length && inRowSpace(rows, unit)) {
      const n = trueRespondents(answers, new Set([c]), measure);
      if (answersIn(answers, new Set([c]), measure) > 0 && n < k) violations.push(`cell ${c}: ${n} advisors`);
    }
  });
  for (const a of figures) {
    for (const b of figures) {
      if (a === b || ![...b.cells].every((c) => a.cells.has(c))) continue;
      const rest = new Set([...a.cells].filter((c) => !b.cells.has(c)));
      const n = trueRespondents(answers, rest, measure);
      if (answersIn(answers, rest, measure) > 0 && n < k) violations.push(`difference: ${n} advisors`);
    }
  }
  return violations;
}
