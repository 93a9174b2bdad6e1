const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * The adjusted Rand index of two labelings of the same items (Hubert & Arabie 1985):
 * (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) − E), with E = Σ C(a_i,2)·Σ C(b_j,2) / C(n,2)
 * over the contingency table n_ij and its margins a_i, b_j. 1 for the same partition (labels
 * renamed or not), about 0 for independent ones, negative below chance. When both labelings
 * are trivial (one group each, or all singletons) the index is 1, as in the usual convention.
 */
export function adjustedRandIndex(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  if (a.length !== b.length) throw new Error('labelings of different lengths');
  const n = a.length;
  const table = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const columns = new Map<number | string, number>();
  for (let i = 0; i < n; i += 1) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    const cell = `${typeof x}:${x}\u0000${typeof y}:${y}`;
    table.set(cell, (table.get(cell) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    columns.set(y, (columns.get(y) ?? 0) + 1);
  }
  let index = 0;
  for (const count of table.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rows.values()) rowPairs += pairs(count);
  let columnPairs = 0;
  for (const count of columns.values()) columnPairs += pairs(count);
  const total = pairs(n);
  const expected = total === 0 ? 0 : (rowPairs * columnPairs) / total;
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
