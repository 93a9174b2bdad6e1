/**
 * The respondents of a window counted by (site, logic) cell, and the figures published over
 * them, each a set of cells whose respondents it counts. As in disclosure-atoms.ts, cells that
 * lie in exactly the same figures form an atom; every linear combination of the published
 * counts (any subtraction, across levels or views) is constant on the atoms and reveals at
 * most their counts. Figures published elsewhere are taken as they are (`publishedElsewhere`);
 * a new figure is kept only when, in every atom it cuts, both the part inside and the part
 * outside hold 0 or at least k respondents, so it singles out no group of 1 to k − 1.
 */
export class LogicAtoms {
  private readonly signatureOf = new Map<string, string>();
  private figures = 0;

  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    private readonly k: number,
  ) {}

  private countOf(cells: Iterable<string>): number {
    let n = 0;
    for (const cell of cells) n += this.counts.get(cell) ?? 0;
    return n;
  }

  private atomsOf(signatures: ReadonlyMap<string, string>): Map<string, string[]> {
    const atoms = new Map<string, string[]>();
    for (const cell of this.counts.keys()) {
      const sig = signatures.get(cell) ?? '';
      atoms.set(sig, [...(atoms.get(sig) ?? []), cell]);
    }
    return atoms;
  }

  /** Records figures published elsewhere (the respondent counts of the centre and its sites). */
  publishedElsewhere(figures: readonly (readonly string[])[]): void {
    for (const cells of figures) this.record(this.signatureOf, cells);
  }

  private record(signatures: Map<string, string>, cells: readonly string[]): void {
    const id = (this.figures++).toString(36);
    for (const cell of cells) signatures.set(cell, `${signatures.get(cell) ?? ''},${id}`);
  }

  /** Keeps the figures when none of them, in turn, cuts an atom into a part of 1 to k − 1; says whether. */
  tryAdd(figures: readonly (readonly string[])[]): boolean {
    const trial = new Map(this.signatureOf);
    for (const cells of figures) {
      const inside = new Set(cells);
      for (const atom of this.atomsOf(trial).values()) {
        const within = atom.filter((c) => inside.has(c));
        if (within.length === 0 || within.length === atom.length) {
          if (within.length && !this.safe(this.countOf(within))) return false;
          continue;
        }
        if (
          !this.safe(this.countOf(within)) ||
          !this.safe(this.countOf(atom.filter((c) => !inside.has(c))))
        ) {
          return false;
        }
      }
      this.record(trial, cells);
    }
    for (const [cell, sig] of trial) this.signatureOf.set(cell, sig);
    return true;
  }

  private safe(n: number): boolean {
    return n === 0 || n >= this.k;
  }
}

export const logicCell = (site: string, logic: number): string => `${site}\u0000${logic}`;
