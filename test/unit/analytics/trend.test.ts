import { describe, expect, it } from 'vitest';
import {
  seededRandom,
  simulatedRate,
  standardNormal,
  syntheticWeeks,
} from '../../../shared/analytics/alerts/alert-simulation.js';
import { recentTrend, residualPersistence } from '../../../shared/analytics/index.js';

const weeks = Array.from({ length: 8 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
const series = (values: (number | undefined)[]) => Object.fromEntries(weeks.map((w, i) => [w, values[i]]));

describe('trend with its interval', () => {
  it('gives the slope in points per week, its AR(1) interval and a state', () => {
    const trend = recentTrend(weeks, series([70, 69, 68, 66, 63, 61, 58, 55]));
    if (trend.state !== 'ok') throw new Error(trend.state);
    expect(trend.slopePerPeriod).toBeCloseTo(-2.1904761904762, 10);
    expect(trend.n).toBe(8);
    expect(trend.direction).toBe('falling');
    expect(trend.ci95[1]).toBeLessThan(0);
    expect(trend.ci95[0]).toBeLessThan(trend.slopePerPeriod);
  });

  it('counts a gap as elapsed time and needs five values', () => {
    const gappy = series([undefined, 50, undefined, 56, 60, undefined, 64, 66]);
    const trend = recentTrend(weeks, gappy);
    expect(trend.state === 'ok' && trend.slopePerPeriod).toBeCloseTo(2.6666666666667, 10);
    expect(recentTrend(weeks, series([1, 2, undefined, undefined, 5, undefined, undefined, 8])).state).toBe(
      'insufficient-evidence',
    );
  });

  it('says unclear when the interval holds both a rise and a fall, flat when it is narrow around 0', () => {
    const noisy = recentTrend(weeks, series([60, 66, 58, 63, 57, 65, 59, 62]));
    expect(noisy.state === 'ok' && noisy.direction).toBe('unclear');
    const steady = recentTrend(weeks, series([60, 60.2, 59.9, 60.1, 60, 59.8, 60.1, 60]));
    expect(steady.state === 'ok' && steady.direction).toBe('flat');
  });

  it('estimates persistence from the residuals, bias-corrected and clipped', () => {
    const positions = [0, 1, 2, 3, 4, 5, 6, 7];
    const alternating = residualPersistence(positions, [1, -1, 1, -1, 1, -1, 1, -1]);
    expect(alternating?.persistence).toBe(-0.5);
    expect(alternating?.df).toBe(6);
  });
});

/**
 * 26 weeks of pure noise (or AR(1) noise of persistence φ), trend over the last 8. A 95% interval
 * excludes 0 — "rising" or "falling" — on 5% of pure-noise series; 4000 replications give a Monte
 * Carlo error of about ±0.35 points.
 */
describe('trend direction on noise (seeded simulation, 4000 series each)', () => {
  const history = syntheticWeeks(26);
  const flaggedShare = (phi: number, seed: number) =>
    simulatedRate(4000, seed, (rng) => {
      const values: Record<string, number> = {};
      let e = standardNormal(rng) / Math.sqrt(1 - phi * phi);
      for (const week of history) {
        values[week] = 60 + 8 * e;
        e = phi * e + standardNormal(rng);
      }
      const trend = recentTrend(history, values, 8);
      return trend.state === 'ok' && (trend.direction === 'rising' || trend.direction === 'falling');
    });

  it('flags a direction about 5% of the time on independent noise', () => {
    const { rate, mcError } = flaggedShare(0, 11);
    expect(mcError).toBeLessThan(0.004);
    expect(rate).toBeGreaterThanOrEqual(0.03);
    expect(rate).toBeLessThanOrEqual(0.06);
  });

  it('stays near 5% when weeks persist (φ = 0.4, the demo’s value)', () => {
    const { rate } = flaggedShare(0.4, 12);
    expect(rate).toBeGreaterThanOrEqual(0.03);
    expect(rate).toBeLessThanOrEqual(0.065);
  });

  it('is seeded: the same seed gives the same rate', () => {
    expect(flaggedShare(0, 11).rate).toBe(flaggedShare(0, 11).rate);
    expect(seededRandom(1).next()).toBe(seededRandom(1).next());
  });
});
