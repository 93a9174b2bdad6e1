/**
 * The assignment of rows to columns with the smallest total cost (Hungarian method, Kuhn 1955
 * and Munkres 1957, in its O(n²m) potentials form). Works on rectangular matrices: every row
 * gets a column when rows ≤ columns, every column a row otherwise. Returns, per row, its
 * column or -1.
 */
export function optimalAssignment(cost: readonly (readonly number[])[]): number[] {
  const rows = cost.length;
  const columns = cost[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return new Array<number>(rows).fill(-1);
  if (rows > columns) {
    const transposed = Array.from({ length: columns }, (_, j) => cost.map((r) => r[j] as number));
    const byColumn = optimalAssignment(transposed);
    const out = new Array<number>(rows).fill(-1);
    byColumn.forEach((i, j) => {
      if (i >= 0) out[i] = j;
    });
    return out;
  }
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(columns + 1).fill(0);
  const rowOfColumn = new Array<number>(columns + 1).fill(0);
  const way = new Array<number>(columns + 1).fill(0);
  for (let i = 1; i <= rows; i += 1) {
    rowOfColumn[0] = i;
    let j0 = 0;
    const least = new Array<number>(columns + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(columns + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOfColumn[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= columns; j += 1) {
        if (used[j]) continue;
        const reduced = (cost[i0 - 1]?.[j - 1] as number) - (u[i0] as number) - (v[j] as number);
        if (reduced < (least[j] as number)) {
          least[j] = reduced;
          way[j] = j0;
        }
        if ((least[j] as number) < delta) {
          delta = least[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= columns; j += 1) {
        if (used[j]) {
          u[rowOfColumn[j] as number] = (u[rowOfColumn[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else least[j] = (least[j] as number) - delta;
      }
      j0 = j1;
    } while (rowOfColumn[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      rowOfColumn[j0] = rowOfColumn[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= columns; j += 1) {
    const i = rowOfColumn[j] as number;
    if (i > 0) out[i - 1] = j - 1;
  }
  return out;
}
