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

  /**
   * `uncountedIn(cells)`: participants of those cells' scope who do not count toward k yet
   * (joined their team less than 28 days before the window); a part must keep k respondents
   * once all of them are taken out of it, wherever they sit (default: none).
   */
  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    private readonly k: number,
    private readonly uncountedIn: (cells: readonly string[]) => number = () => 0,
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
          if (within.length && !this.safe(within)) return false;
          continue;
        }
        if (!this.safe(within) || !this.safe(atom.filter((c) => !inside.has(c)))) {
          return false;
        }
      }
      this.record(trial, cells);
    }
    for (const [cell, sig] of trial) this.signatureOf.set(cell, sig);
    return true;
  }

  private safe(cells: readonly string[]): boolean {
    const n = this.countOf(cells);
    return n === 0 || n - this.uncountedIn(cells) >= this.k;
  }
}

/** The cell of a site's respondents in one logic; logic −1: the site's respondents who skipped the module. */
export const logicCell = (site: string, logic: number): string => `${site}\u0000${logic}`;
/** The site of a cell key built by `logicCell` (or one extending it with more `\u0000` parts). */
export const siteOfCell = (cell: string): string => cell.slice(0, cell.indexOf('\u0000'));
/** Logic index of the respondents of a window who answered the pulse but none of the module. */
export const skippedModule = -1;
