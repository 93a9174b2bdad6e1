/** Largest lag whose autocorrelations enter the effective n: N/5 (Pyper & Peterman 1998). */
export function maximumLag(n: number): number {
  return Math.floor(n / 5);
}

/**
 * Modified sample autocorrelations of a series at lags 1..maxLag (Pyper & Peterman 1998, eq. 2):
 * r(j) = N/(N − j) · Σ_{t ≤ N − j} (x_t − x̄)(x_{t+j} − x̄) / Σ_t (x_t − x̄)².
 * A constant series has none (all zero).
 */
export function modifiedAutocorrelations(x: readonly number[], maxLag: number): number[] {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const d = x.map((v) => v - mean);
  const denominator = d.reduce((s, v) => s + v * v, 0);
  const out: number[] = [];
  for (let j = 1; j <= maxLag; j += 1) {
    if (!(denominator > 0)) {
      out.push(0);
      continue;
    }
    let s = 0;
    for (let t = 0; t + j < n; t += 1) s += (d[t] ?? 0) * (d[t + j] ?? 0);
    out.push(((n / (n - j)) * s) / denominator);
  }
  return out;
}

/**
 * Σ_{j ≤ N/5} r_xx(j)·r_yy(j), the serial-dependence term of the effective n of two series of
 * equal length (modified autocorrelations, Pyper & Peterman 1998).
 */
export function crossAutocorrelationSum(
  x: readonly number[],
  y: readonly number[],
  correctMeanBias = false,
): number {
  const lags = maximumLag(x.length);
  const ax = autocorrelations(x, lags, correctMeanBias);
  const ay = autocorrelations(y, lags, correctMeanBias);
  return ax.reduce((s, v, j) => s + v * (ay[j] ?? 0), 0);
}

function autocorrelations(x: readonly number[], lags: number, correctMeanBias: boolean): number[] {
  const raw = modifiedAutocorrelations(x, lags);
  if (!correctMeanBias) return raw;
  const shift = (1 + 2 * raw.reduce((a, b) => a + b, 0)) / x.length;
  return raw.map((r) => Math.max(-1, Math.min(1, r + shift)));
}

/**
 * Effective number of independent pairs of two autocorrelated series of N points
 * (Pyper & Peterman 1998): 1/N* = 1/N + (2/N)·Σ_{j ≤ N/5} r_xx(j)·r_yy(j), with the modified
 * autocorrelations; never more than N (negative products do not add information).
 */
export function effectiveSampleSize(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n === 0) return 0;
  return n / Math.max(1, 1 + 2 * crossAutocorrelationSum(x, y));
}

/**
 * Effective n of a correlation pooled over teams (each team's series centred on its own mean):
 * N*_pooled = (Σ N_i)² / Σ N_i·(1 + 2·S_i), the team terms S_i = Σ_j r̃_xx(j)·r̃_yy(j) being
 * added before dividing, so that their noise averages out instead of inflating N*. Averaging
 * leaves the bias a team mean puts in every sample autocorrelation, −(1 + 2Σ_k ρ(k))/N_i, so
 * each r̃(j) is r(j) corrected by (1 + 2Σ_k r(k))/N_i (first-order, calibrated by simulation
 * on AR(1) series in test/unit/analytics/serial-dependence.test.ts). At most Σ N_i.
 */
export function pooledEffectiveSampleSize(
  teams: readonly { readonly x: readonly number[]; readonly y: readonly number[] }[],
): number {
  let points = 0;
  let weighted = 0;
  for (const team of teams) {
    const n = team.x.length;
    if (n === 0) continue;
    points += n;
    weighted += n * (1 + 2 * crossAutocorrelationSum(team.x, team.y, true));
  }
  if (points === 0) return 0;
  return Math.min(points, (points * points) / Math.max(weighted, Number.MIN_VALUE));
}
