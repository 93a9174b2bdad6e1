import { PCA } from 'ml-pca';
import type { Partition } from './seeded-kmeans.js';

/**
 * A 2-D view of the logics for a chart: the first two principal components (ml-pca) of the
 * standardised profile answers, with each logic's centroid and the spread of its respondents
 * as a mean and standard deviation on each axis (an ellipse). Aggregates only: no
 * respondent's coordinates leave this function.
 */
export interface LogicsView {
  /** Share of the profile answers' variance on each axis. */
  readonly explainedVariance: readonly [number, number];
  /** Each profile item's weight on the two axes, to draw it as an arrow. */
  readonly loadings: readonly { readonly itemId: string; readonly x: number; readonly y: number }[];
  readonly logics: readonly {
    readonly index: number;
    readonly centroid: { readonly x: number; readonly y: number };
    readonly spread: { readonly sdX: number; readonly sdY: number };
  }[];
}

export function logicsView(
  points: number[][],
  partition: Partition,
  columnIds: readonly string[],
): LogicsView {
  const pca = new PCA(points, { method: 'covarianceMatrix', center: true, scale: false });
  const variance = pca.getExplainedVariance();
  const vectors = pca.getEigenvectors();
  const components = Math.min(2, vectors.columns);
  const project = (rows: number[][]): number[][] =>
    pca
      .predict(rows, { nComponents: components })
      .to2DArray()
      .map((r) => [r[0] ?? 0, r[1] ?? 0]);
  const centroids = project(partition.centroids);
  const k = partition.k;
  const sums = Array.from({ length: k }, () => [0, 0, 0, 0, 0]);
  project(points).forEach(([x = 0, y = 0], i) => {
    const s = sums[partition.labels[i] as number] as number[];
    s[0] = (s[0] ?? 0) + 1;
    s[1] = (s[1] ?? 0) + x;
    s[2] = (s[2] ?? 0) + y;
    s[3] = (s[3] ?? 0) + x * x;
    s[4] = (s[4] ?? 0) + y * y;
  });
  const sd = (n: number, sum: number, squares: number) =>
    n > 1 ? Math.sqrt(Math.max(0, (squares - (sum * sum) / n) / (n - 1))) : 0;
  return {
    explainedVariance: [variance[0] ?? 0, variance[1] ?? 0],
    loadings: columnIds.map((itemId, j) => ({
      itemId,
      x: components > 0 ? vectors.get(j, 0) : 0,
      y: components > 1 ? vectors.get(j, 1) : 0,
    })),
    logics: centroids.map(([x = 0, y = 0], index) => {
      const [n = 0, sx = 0, sy = 0, qx = 0, qy = 0] = sums[index] ?? [];
      return { index, centroid: { x, y }, spread: { sdX: sd(n, sx, qx), sdY: sd(n, sy, qy) } };
    }),
  };
}
