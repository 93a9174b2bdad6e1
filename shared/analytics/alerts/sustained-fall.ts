import { assumedWeeklyPersistence, type PeriodFigures } from './window-drop.js';

/**
 * A sustained fall detected with every week of a quarter: a one-sided lower CUSUM (Page 1954)
 * on the team's weekly figures standardised against its own baseline, after removing their AR(1)
 * dependence (a CUSUM of AR(1) residuals, Lu & Reynolds 1999).
 *
 * Layout of a calendar of L weeks: the monitored weeks are the last min(13, L − 8); the baseline
 * is the up to 13 weeks before them (at least 6 with a figure). Each week's figure y is
 * standardised as z = (y − μ̂) / √(τ̂² + seₜ²), μ̂ the baseline mean, τ̂² the baseline's spread
 * beyond its weeks' own sampling error, seₜ the week's own standard error. φ̂ is the baseline's
 * lag-1 autocorrelation of z shrunk toward the centre value (m pairs against `persistencePrior`
 * pseudo-pairs), kept in [0, 0.9]; the residual of week t is (zₜ − φ̂ᵍ zₚ) / √(1 − φ̂²ᵍ), with p
 * the previous week with a figure g weeks before (the baseline's last week for the first one).
 * Sₜ = max(0, Sₜ₋₁ − rₜ − k), from 0 at the first monitored week. The change is taken to start
 * the week after S was last 0 (the CUSUM's change-point estimate); the fall is the mean of the
 * weeks since against the baseline mean, its standard error from the AR(1) covariance of both
 * means (total weekly variance, φ̂), its interval nominal (the start is chosen on the data).
 */
export interface SustainedFallOptions {
  /** Weeks monitored at the end of the calendar (default 13, a quarter). */
  readonly monitorWeeks?: number;
  /** Weeks of baseline just before them (default 13). */
  readonly baselineWeeks?: number;
  /** Calendar weeks of baseline needed (default 8) and of those, weeks with a figure (default 6). */
  readonly minBaselineWeeks?: number;
  readonly minBaselineFigures?: number;
  /** Reference value k of the CUSUM, in standard deviations of a residual (default 0.5). */
  readonly reference?: number;
  /** Centre value φ̂ is shrunk toward, and its weight in pseudo-pairs of weeks. */
  readonly centrePersistence?: number;
  readonly persistencePrior?: number;
}

/** One window of weekly figures. */
export interface FallWindow {
  readonly periods: readonly string[];
  readonly mean: number;
  readonly se: number;
  readonly weeks: number;
  readonly answers: number;
}

export interface SustainedFall {
  readonly baseline: FallWindow;
  /** The weeks since the estimated start of the fall (the latest run of the CUSUM). */
  readonly since: FallWindow;
  /** The week the fall is estimated to have started. */
  readonly started: string;
  /** The CUSUM at the latest week with a figure, in residual standard deviations. */
  readonly statistic: number;
  /** baseline − since, positive when it fell, with its standard error. */
  readonly drop: number;
  readonly se: number;
  /** drop / se: the fall in standard errors of the two means (the baseline's own error included). */
  readonly z: number;
  /** φ̂ used to remove the serial dependence, and the weekly spread beyond sampling error. */
  readonly persistence: number;
  readonly excessSd: number;
}

interface Week {
  readonly period: string;
  readonly position: number;
  readonly value: number;
  readonly variance: number;
  readonly n: number;
}

function usableWeeks(periods: readonly string[], figures: PeriodFigures, offset: number): Week[] {
  const out: Week[] = [];
  for (const [i, period] of periods.entries()) {
    const f = figures[period];
    if (!f || f.value === null || !Number.isFinite(f.value) || f.n <= 0) continue;
    if (f.se === null || !Number.isFinite(f.se)) continue;
    out.push({ period, position: offset + i, value: f.value, variance: f.se ** 2, n: f.n });
  }
  return out;
}

/** Standard error of the plain mean of `weeks` under AR(1) weekly deviations of variance `v`. */
function meanSe(weeks: readonly Week[], tau2: number, phi: number): number {
  const k = weeks.length;
  let swing = 0;
  for (const a of weeks) for (const b of weeks) swing += phi ** Math.abs(a.position - b.position);
  const sampling = weeks.reduce((s, w) => s + w.variance, 0);
  return Math.sqrt((sampling + tau2 * swing) / (k * k));
}

/** Covariance of the plain means of two disjoint sets of weeks through the AR(1) swings. */
function meanCovariance(a: readonly Week[], b: readonly Week[], tau2: number, phi: number): number {
  let sum = 0;
  for (const x of a) for (const y of b) sum += phi ** Math.abs(x.position - y.position);
  return (tau2 * sum) / (a.length * b.length);
}

const windowOf = (weeks: readonly Week[], se: number): FallWindow => ({
  periods: weeks.map((w) => w.period),
  mean: weeks.reduce((s, w) => s + w.value, 0) / weeks.length,
  se,
  weeks: weeks.length,
  answers: weeks.reduce((s, w) => s + w.n, 0),
});

/** The lower CUSUM of a calendar (oldest first, consecutive); undefined with too little baseline. */
export function sustainedFall(
  periods: readonly string[],
  figures: PeriodFigures,
  options: SustainedFallOptions = {},
): SustainedFall | undefined {
  const minBaselineWeeks = options.minBaselineWeeks ?? 8;
  const monitorLength = Math.min(options.monitorWeeks ?? 13, periods.length - minBaselineWeeks);
  if (monitorLength < 1) return undefined;
  const monitorStart = periods.length - monitorLength;
  const baselineStart = Math.max(0, monitorStart - (options.baselineWeeks ?? 13));
  const base = usableWeeks(periods.slice(baselineStart, monitorStart), figures, baselineStart);
  const watched = usableWeeks(periods.slice(monitorStart), figures, monitorStart);
  if (base.length < (options.minBaselineFigures ?? 6) || watched.length === 0) return undefined;

  const k = base.length;
  const mean = base.reduce((s, w) => s + w.value, 0) / k;
  const squaresAbout = base.reduce((s, w) => s + (w.value - mean) ** 2, 0);
  const sampling = base.reduce((s, w) => s + w.variance, 0);
  let tau2 = Math.max(0, (squaresAbout - sampling) / (k - 1));
  let z = (w: Week) => (w.value - mean) / Math.sqrt(tau2 + w.variance || 1);

  let products = 0;
  let squares = 0;
  let pairs = 0;
  for (let i = 1; i < k; i += 1) {
    const a = base[i - 1] as Week;
    const b = base[i] as Week;
    if (b.position - a.position !== 1) continue;
    products += z(a) * z(b);
    squares += (z(a) ** 2 + z(b) ** 2) / 2;
    pairs += 1;
  }
  const raw = pairs > 0 && squares > 0 ? products / squares : 0;
  const prior = options.persistencePrior ?? 10;
  const centre = options.centrePersistence ?? assumedWeeklyPersistence;
  const phi = Math.min(0.9, Math.max(0, (pairs * raw + prior * centre) / (pairs + prior)));
  // The spread about the baseline's own mean misses the share of the swings the mean absorbs:
  // E[Σ(y − ȳ)²] = τ²(k − D) + (1 − 1/k)Σv, D = Σᵢⱼ φ^|tᵢ − tⱼ| / k (AR(1) swings).
  let absorbed = 0;
  for (const a of base) for (const b of base) absorbed += phi ** Math.abs(a.position - b.position);
  tau2 = Math.max(0, (squaresAbout - (1 - 1 / k) * sampling) / Math.max(1, k - absorbed / k));
  const zFinal = (w: Week) => (w.value - mean) / Math.sqrt(tau2 + w.variance || 1);
  z = zFinal;

  const reference = options.reference ?? 0.5;
  let previous = base[k - 1] as Week;
  let statistic = 0;
  let runStart = 0;
  for (const [i, week] of watched.entries()) {
    const carry = phi ** (week.position - previous.position);
    const residual = (z(week) - carry * z(previous)) / Math.sqrt(1 - carry * carry);
    statistic = Math.max(0, statistic - residual - reference);
    if (statistic === 0) runStart = i + 1;
    previous = week;
  }
  const sinceWeeks = watched.slice(Math.min(runStart, watched.length - 1));
  const baseline = windowOf(base, meanSe(base, tau2, phi));
  const since = windowOf(sinceWeeks, meanSe(sinceWeeks, tau2, phi));
  const covariance = meanCovariance(base, sinceWeeks, tau2, phi);
  const se = Math.sqrt(Math.max(0, baseline.se ** 2 + since.se ** 2 - 2 * covariance));
  return {
    baseline,
    since,
    started: (sinceWeeks[0] as Week).period,
    statistic,
    drop: baseline.mean - since.mean,
    se,
    z: se > 0 ? (baseline.mean - since.mean) / se : 0,
    persistence: phi,
    excessSd: Math.sqrt(tau2),
  };
}
