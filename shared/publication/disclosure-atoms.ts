import type { PulseCell, PulseMeasure } from './pulse-cells.js';
import { respondentBound } from './respondent-bound.js';

/**
 * The cells of one measure's published figures, split by which figures contain them ("atoms":
 * cells that lie in exactly the same figures). Any linear combination of published counts and
 * sums is constant on each atom, so what the figures reveal together is at most the atom sums.
 * Publishing keeps every atom that holds answers at k or more distinct advisors; then no
 * subtraction, across levels, windows or requests, nor any other linear combination, can
 * isolate fewer than k. Adding a figure only splits atoms, so a figure that would split off a
 * group below k is refused and the atoms stay as they were.
 */
export class DisclosureAtoms {
  private readonly signatureOf = new Map<string, string>();
  private readonly cellsOf = new Map<string, Set<string>>();
  private figures = 0;

  constructor(
    private readonly cells: ReadonlyMap<string, PulseCell>,
    private readonly measure: PulseMeasure,
    private readonly k: number,
  ) {}

  private safe(cellKeys: Iterable<string>): boolean {
    const cells: PulseCell[] = [];
    for (const key of cellKeys) {
      const cell = this.cells.get(key);
      if (cell) cells.push(cell);
    }
    const { answers, bound } = respondentBound(cells, this.measure);
    return answers === 0 || bound >= this.k;
  }

  /** The cells of a scope that hold answers, grouped by the atom they are in now. */
  private split(scope: Iterable<string>): Map<string, string[]> {
    const bySignature = new Map<string, string[]>();
    for (const key of scope) {
      if (!this.cells.has(key)) continue;
      const signature = this.signatureOf.get(key) ?? '';
      const list = bySignature.get(signature) ?? [];
      list.push(key);
      bySignature.set(signature, list);
    }
    return bySignature;
  }

  /** Whether a figure summing these cells can be published next to everything added so far. */
  allows(scope: Iterable<string>): boolean {
    for (const [signature, inside] of this.split(scope)) {
      if (!this.safe(inside)) return false;
      if (signature === '') continue;
      const atom = this.cellsOf.get(signature) ?? new Set<string>();
      if (inside.length === atom.size) continue;
      const within = new Set(inside);
      if (!this.safe([...atom].filter((c) => !within.has(c)))) return false;
    }
    return true;
  }

  /** Records a published figure; its cells move to new atoms. */
  add(scope: Iterable<string>): void {
    const id = (this.figures++).toString(36);
    for (const [signature, inside] of this.split(scope)) {
      const next = signature === '' ? id : `${signature},${id}`;
      const atom = this.cellsOf.get(signature);
      const moved = this.cellsOf.get(next) ?? new Set<string>();
      for (const key of inside) {
        atom?.delete(key);
        moved.add(key);
        this.signatureOf.set(key, next);
      }
      if (atom && atom.size === 0) this.cellsOf.delete(signature);
      this.cellsOf.set(next, moved);
    }
  }

  /** Adds the figure when it is allowed; says whether it was. */
  tryAdd(scope: readonly string[]): boolean {
    if (!this.allows(scope)) return false;
    this.add(scope);
    return true;
  }

  /** The current atoms that lie in at least one figure (for checks and tests). */
  atoms(): string[][] {
    return [...this.cellsOf.entries()].filter(([s]) => s !== '').map(([, cells]) => [...cells]);
  }
}
