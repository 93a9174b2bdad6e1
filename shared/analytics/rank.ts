/**
 * Ranks 1..n of the values, ties sharing the average of the ranks they span (the "average"
 * method of Spearman's rank correlation).
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i += 1) {
      const entry = order[i];
      if (entry) ranks[entry.index] = averageRank;
    }
    start = end + 1;
  }
  return ranks;
}
