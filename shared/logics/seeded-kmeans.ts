import { kmeans } from 'ml-kmeans';

export interface Partition {
  readonly k: number;
  readonly labels: number[];
  /** Centroids in the clustering space (standardised answers). */
  readonly centroids: number[][];
  /** Sum of squared distances of the points to their centroid. */
  readonly withinSquares: number;
}

function squaredDistance(p: readonly number[], q: readonly number[]): number {
  let s = 0;
  for (let d = 0; d < p.length; d += 1) {
    const diff = (p[d] as number) - (q[d] as number);
    s += diff * diff;
  }
  return s;
}

/** The index of the nearest centroid and the squared distance to it. */
export function nearest(
  point: readonly number[],
  centroids: readonly (readonly number[])[],
): [number, number] {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  centroids.forEach((c, g) => {
    const d = squaredDistance(point, c);
    if (d < bestDistance) {
      best = g;
      bestDistance = d;
    }
  });
  return [best, bestDistance];
}

/** k-means++ seeding (Arthur & Vassilvitskii 2007) drawn from a seeded uniform generator. */
export function kmeansPlusPlusCentres(
  points: readonly (readonly number[])[],
  k: number,
  uniform: () => number,
): number[][] {
  const n = points.length;
  const centres: number[][] = [[...(points[Math.floor(uniform() * n)] as readonly number[])]];
  const closest = points.map((p) => squaredDistance(p, centres[0] as number[]));
  while (centres.length < k) {
    const total = closest.reduce((s, d) => s + d, 0);
    let pick = n - 1;
    if (total > 0) {
      let target = uniform() * total;
      for (let i = 0; i < n; i += 1) {
        target -= closest[i] as number;
        if (target < 0) {
          pick = i;
          break;
        }
      }
    } else pick = Math.floor(uniform() * n);
    const centre = [...(points[pick] as readonly number[])];
    centres.push(centre);
    points.forEach((p, i) => {
      closest[i] = Math.min(closest[i] as number, squaredDistance(p, centre));
    });
  }
  return centres;
}

/**
 * The best of `restarts` runs of k-means (ml-kmeans, Lloyd's iterations) from seeded
 * k-means++ starts: the run with the smallest within-group sum of squares and no empty group.
 * Deterministic for a given seed. Undefined when every run left a group empty.
 */
export function seededKmeans(
  points: number[][],
  k: number,
  restarts: number,
  uniform: () => number,
): Partition | undefined {
  let best: Partition | undefined;
  for (let r = 0; r < restarts; r += 1) {
    const initialization = kmeansPlusPlusCentres(points, k, uniform);
    const result = kmeans(points, k, { initialization, maxIterations: 100, tolerance: 1e-6 });
    const counts = new Array<number>(k).fill(0);
    let withinSquares = 0;
    const labels = points.map((p) => {
      const [g, d] = nearest(p, result.centroids);
      counts[g] = (counts[g] ?? 0) + 1;
      withinSquares += d;
      return g;
    });
    if (counts.some((c) => c === 0)) continue;
    if (!best || withinSquares < best.withinSquares) {
      best = { k, labels, centroids: result.centroids, withinSquares };
    }
  }
  return best;
}
