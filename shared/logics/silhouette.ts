/**
 * Mean silhouette of a labelling (Rousseeuw 1987) over the points `sample` (indices into
 * `points`), distances Euclidean and taken within the sample only, as scikit-learn does with
 * `sample_size`. s(i) = (b − a) / max(a, b), a the mean distance to its own group, b the
 * smallest mean distance to another group; a point alone in its group scores 0.
 */
export function meanSilhouette(
  distances: SampleDistances,
  labels: readonly number[],
  groups: number,
): number {
  const m = distances.size;
  const sums = new Float64Array(groups);
  const counts = new Float64Array(groups);
  const labelOf = (i: number) => labels[distances.sample[i] as number] as number;
  for (let i = 0; i < m; i += 1) counts[labelOf(i)] = (counts[labelOf(i)] ?? 0) + 1;
  let total = 0;
  for (let i = 0; i < m; i += 1) {
    sums.fill(0);
    for (let j = 0; j < m; j += 1) {
      if (i !== j) sums[labelOf(j)] = (sums[labelOf(j)] ?? 0) + distances.at(i, j);
    }
    const own = labelOf(i);
    const ownCount = (counts[own] ?? 0) - 1;
    if (ownCount === 0) continue;
    const a = (sums[own] ?? 0) / ownCount;
    let b = Number.POSITIVE_INFINITY;
    for (let g = 0; g < groups; g += 1) {
      const c = counts[g] ?? 0;
      if (g !== own && c > 0) b = Math.min(b, (sums[g] ?? 0) / c);
    }
    if (!Number.isFinite(b)) continue;
    const denominator = Math.max(a, b);
    total += denominator === 0 ? 0 : (b - a) / denominator;
  }
  return m ? total / m : 0;
}

/** The pairwise Euclidean distances of a sample of points, computed once for every labelling. */
export class SampleDistances {
  readonly size: number;
  private readonly values: Float32Array;

  constructor(
    points: readonly (readonly number[])[],
    readonly sample: readonly number[],
  ) {
    const m = sample.length;
    this.size = m;
    this.values = new Float32Array((m * (m - 1)) / 2);
    for (let i = 1; i < m; i += 1) {
      const p = points[sample[i] as number] as readonly number[];
      const row = (i * (i - 1)) / 2;
      for (let j = 0; j < i; j += 1) {
        const q = points[sample[j] as number] as readonly number[];
        let s = 0;
        for (let d = 0; d < p.length; d += 1) {
          const diff = (p[d] as number) - (q[d] as number);
          s += diff * diff;
        }
        this.values[row + j] = Math.sqrt(s);
      }
    }
  }

  at(i: number, j: number): number {
    if (i === j) return 0;
    const [hi, lo] = i > j ? [i, j] : [j, i];
    return this.values[(hi * (hi - 1)) / 2 + lo] as number;
  }
}
