import { describe, expect, it } from 'vitest';
import { generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import { demoAggregates } from '../../../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';
import { analyseCentre } from '../../../shared/analytics/centre-analysis.js';
import { pearsonCorrelation } from '../../../shared/analytics/correlation.js';
import {
  customerSatisfactionIndex,
  indexInterval95,
  onceAndDoneRate,
  wilsonInterval,
} from '../../../shared/analytics/indices.js';
import { adjustFamily } from '../../../shared/analytics/inference/multiple-comparisons.js';
import { readCorrelation, shownInterval, shownPValue } from '../../../shared/analytics/inference/reading.js';
import { seededUniform } from '../../../shared/analytics/inference/seeded-random.js';
import {
  minimumPooledWithinTeamPoints,
  pooledSeriesCorrelation,
  seriesCorrelation,
} from '../../../shared/analytics/inference/series-correlation.js';
import { formatReading } from '../../../shared/i18n/analytics-messages.js';

/** `teams` teams of `weeks` weeks each, x and y rising together in perfect order within each team. */
function perfectOrder(teams: number, weeks: number) {
  return Array.from({ length: teams }, (_, t) => `team-${t}`).flatMap((group, t) =>
    Array.from({ length: weeks }, (_, i) => ({ group, x: i + t, y: 2 * i + 3 * t })),
  );
}

const sameWeek = { subject: 'same-week', scope: 'centre', weeks: 4 } as const;

describe('no certainty shown where there is none', () => {
  it('never reads a perfect order of 8 points in 2 teams (4 weeks each) as holding', () => {
    const result = pooledSeriesCorrelation(perfectOrder(2, 4));
    expect(result.state).toBe('insufficient-evidence');
    if (result.state === 'ok') throw new Error('expected insufficient');
    expect(result.reason).toBe('too-few-within-team-points');
    const reading = readCorrelation(result, sameWeek);
    expect(reading.key).toBe('correlation.insufficient');
    expect(formatReading('en', reading)).toContain('at least 8 more than the number of teams');
    expect(formatReading('fr', reading)).toContain('au moins 8 de plus que le nombre d’équipes');
  });

  it('states its minimum: fewer than 8 within-team points is never read, whatever the order', () => {
    expect(minimumPooledWithinTeamPoints).toBe(8);
    for (const [teams, weeks] of [
      [2, 4],
      [3, 3],
      [7, 2],
      [1, 7],
    ] as const) {
      const result = pooledSeriesCorrelation(perfectOrder(teams, weeks));
      expect(teams * weeks - teams).toBeLessThan(8);
      expect(result.state, `${teams} × ${weeks}`).toBe('insufficient-evidence');
    }
  });

  it('gives no zero-width interval, no [1; 1] and no p below 0.001 for perfect orders of any size', () => {
    for (let teams = 1; teams <= 6; teams += 1) {
      for (let weeks = 2; weeks <= 30; weeks += 1) {
        const observations = perfectOrder(teams, weeks);
        const pooled = pooledSeriesCorrelation(observations);
        const single = seriesCorrelation(
          'spearman',
          observations.filter((o) => o.group === 'team-0').map((o) => o.x),
          observations.filter((o) => o.group === 'team-0').map((o) => o.y),
        );
        for (const result of [pooled, single]) {
          if (result.state !== 'ok') continue;
          expect(result.ci95[0]).toBeLessThan(result.ci95[1]);
          expect(result.pValue).toBeGreaterThan(0);
          const [adjusted] = adjustFamily('pooled', [result, result, result]);
          if (!adjusted) throw new Error('missing');
          const reading = readCorrelation(adjusted, { ...sameWeek, weeks });
          expect(reading.params.low).toBeLessThan(reading.params.high ?? Number.NaN);
          expect(reading.params.adjustedPValue).toBeGreaterThanOrEqual(0.001);
          expect(reading.params.pValueText).not.toMatch(/^0(\.0+)?$/);
        }
      }
    }
  });

  it('shows a p below 0.001 as « < 0.001 » and keeps the raw p on the result for adjustment', () => {
    expect(shownPValue(0)).toEqual({ value: 0.001, text: '< 0.001' });
    expect(shownPValue(3e-7)).toEqual({ value: 0.001, text: '< 0.001' });
    expect(shownPValue(0.0004)).toEqual({ value: 0.001, text: '< 0.001' });
    expect(shownPValue(0.0234)).toEqual({ value: 0.023, text: '0.023' });
    expect(shownPValue(1)).toEqual({ value: 1, text: '1.000' });
    const weeks = Array.from({ length: 40 }, (_, i) => i);
    const strong = pearsonCorrelation(
      weeks,
      weeks.map((w) => w + Math.sin(w)),
    );
    if (strong.state !== 'ok') throw new Error('expected ok');
    expect(strong.pValue).toBeLessThan(0.001);
    const reading = readCorrelation(strong, sameWeek);
    expect(reading.params).toMatchObject({ adjustedPValue: 0.001, pValueText: '< 0.001' });
  });

  it('rounds a reading’s interval outwards rather than show it with zero width', () => {
    expect(shownInterval([0.99991, 1], 2)).toEqual({ low: 0.99, high: 1 });
    expect(shownInterval([1, 1], 2)).toEqual({ low: 0.99, high: 1 });
    expect(shownInterval([-1, -1], 2)).toEqual({ low: -1, high: -0.99 });
    expect(shownInterval([0.301, 0.304], 2)).toEqual({ low: 0.3, high: 0.31 });
    expect(shownInterval([0.12, 0.56], 2)).toEqual({ low: 0.12, high: 0.56 });
  });
});

describe('rates bounded to 0–100 % (Wilson score intervals)', () => {
  it('keeps 23 of 24 once-and-done answers inside 100 % where a Wald interval ran past it', () => {
    const rate = onceAndDoneRate({ n: 24, sum: 23, sumSq: 23 });
    expect(rate.value).toBeCloseTo(95.83, 2);
    if (!rate.ci95 || rate.se === null) throw new Error('expected an interval');
    expect((rate.value ?? 0) + 1.96 * rate.se).toBeGreaterThan(100);
    expect(rate.ci95[0]).toBeGreaterThan(70);
    expect(rate.ci95[1]).toBeLessThanOrEqual(100);
    expect(rate.ci95[0]).toBeLessThan(rate.value ?? 0);
    expect(rate.ci95[1]).toBeGreaterThan(rate.value ?? 0);
  });

  it('gives every count an interval inside 0–100 % with a width, at 0 % and 100 % too', () => {
    for (let n = 1; n <= 60; n += 1) {
      for (let k = 0; k <= n; k += 1) {
        const rate = onceAndDoneRate({ n, sum: k, sumSq: k });
        const [low, high] = rate.ci95 ?? [Number.NaN, Number.NaN];
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(100);
        expect(high - low).toBeGreaterThan(0);
        expect(low).toBeLessThanOrEqual(rate.value ?? Number.NaN);
        expect(high).toBeGreaterThanOrEqual(rate.value ?? Number.NaN);
      }
    }
  });

  it('covers the true rate about 95% of the time (Wilson 1927), within 92–98 % on 2,000 draws', () => {
    const random = seededUniform(20);
    let covered = 0;
    const draws = 2000;
    for (let d = 0; d < draws; d += 1) {
      const n = 10 + Math.floor(random() * 40);
      const truth = 0.6 + random() * 0.38;
      let k = 0;
      for (let i = 0; i < n; i += 1) if (random() < truth) k += 1;
      const [low, high] = wilsonInterval(k, n);
      if (low <= truth && truth <= high) covered += 1;
    }
    expect(covered / draws).toBeGreaterThan(0.92);
    expect(covered / draws).toBeLessThan(0.98);
  });
});

describe('index intervals shown on the pages', () => {
  it('shows no zero-width interval when every answer was the same, and the Wald one otherwise', () => {
    const same = customerSatisfactionIndex({ n: 3, sum: 30, sumSq: 300 });
    expect(same.se).toBe(0);
    expect(indexInterval95(same)).toBeNull();
    const varied = customerSatisfactionIndex({ n: 3, sum: 24, sumSq: 200 });
    const interval = indexInterval95(varied);
    if (!interval || varied.se === null || varied.value === null) throw new Error('expected an interval');
    expect(interval[0]).toBeCloseTo(varied.value - 1.959964 * varied.se, 4);
    expect(interval[1]).toBeGreaterThan(interval[0]);
    const rate = onceAndDoneRate({ n: 4, sum: 4, sumSq: 4 });
    expect(indexInterval95(rate)).toEqual(rate.ci95);
    expect(indexInterval95(rate)?.[1]).toBe(100);
    expect(indexInterval95(rate)?.[0]).toBeLessThan(100);
  });
});

describe('a driver whose interval excludes zero is not called “not established”', () => {
  const weeks = Array.from({ length: 14 }, (_, i) => i);
  // r ≈ 0.6 over 14 independent weeks: raw p ≈ .02, not enough after 9 comparisons.
  const moderate = pearsonCorrelation(weeks, [3, 1, 4, 2, 6, 3, 5, 9, 2, 7, 8, 5, 9, 7]);
  const noise = pearsonCorrelation(weeks, [5, 2, 6, 1, 5, 3, 6, 2, 4, 6, 1, 5, 3, 4]);

  it('reads it as suggested, not confirmed after accounting for the 9 comparisons (FR/EN)', () => {
    if (moderate.state !== 'ok') throw new Error('expected ok');
    expect(moderate.pValue).toBeLessThan(0.05);
    expect(moderate.ci95[0]).toBeGreaterThan(0);
    const family = adjustFamily('drivers', [moderate, ...Array.from({ length: 8 }, () => noise)]);
    const [driver] = family;
    if (driver?.state !== 'ok') throw new Error('expected ok');
    expect(driver.evidence).toBe('not-established');
    const reading = readCorrelation(driver, {
      subject: 'driver',
      scope: 'team',
      weeks: 14,
      dimension: 'workload',
    });
    expect(reading.key).toBe('correlation.suggested');
    expect(formatReading('en', reading)).toContain(
      'An association is suggested (its interval excludes 0) but not confirmed after accounting for the 9 comparisons made.',
    );
    expect(formatReading('fr', reading)).toContain(
      'Un lien est suggéré (son intervalle exclut 0) mais pas confirmé en tenant compte des 9\u00a0comparaisons effectuées.',
    );
    expect(formatReading('en', reading)).not.toContain('not enough to conclude');
  });

  it('keeps “not established” for an interval that contains zero', () => {
    const [, plain] = adjustFamily('drivers', [moderate, noise, noise]);
    if (plain?.state !== 'ok') throw new Error('expected ok');
    expect(plain.ci95[0]).toBeLessThanOrEqual(0);
    expect(readCorrelation(plain, { ...sameWeek, weeks: 14 }).key).toBe('correlation.not-established');
  });
});

describe('the demo centre analysis, read whole', () => {
  const centre = generateDemoCentre({});
  const history = buildDemoHistory(centre, new Date('2026-11-23T12:00:00Z'), (email) => email.toLowerCase());
  const analysis = analyseCentre({
    teams: history.teams,
    weeks: centre.plan.weeks,
    ...demoAggregates(history, centre.plan.weeks),
  });

  /** Every object nested in a value, with the key it sits under. */
  function* walk(value: unknown, key = ''): Generator<{ key: string; node: Record<string, unknown> }> {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) yield* walk(item, key);
      return;
    }
    const node = value as Record<string, unknown>;
    yield { key, node };
    for (const [k, v] of Object.entries(node)) yield* walk(v, k);
  }

  it('shows every correlation with a p of at least 0.001 and an interval of some width', () => {
    let readings = 0;
    for (const { node } of walk(analysis)) {
      const reading = node.reading as { key?: string; params?: Record<string, unknown> } | undefined;
      if (
        !reading?.params ||
        !['correlation.holds', 'correlation.suggested', 'correlation.not-established'].includes(
          reading.key ?? '',
        )
      )
        continue;
      readings += 1;
      expect(Number(reading.params.adjustedPValue)).toBeGreaterThanOrEqual(0.001);
      expect(reading.params.pValueText).toMatch(/^(< 0\.001|0\.\d{3}|1\.000)$/);
      expect(Number(reading.params.low)).toBeLessThan(Number(reading.params.high));
    }
    expect(readings).toBeGreaterThan(20);
  });

  it('bounds every once-and-done rate’s interval to 0–100 % with a width', () => {
    let rates = 0;
    for (const { key, node } of walk(analysis)) {
      if (key !== 'onceAndDone' || node.value === null || node.value === undefined) continue;
      rates += 1;
      const [low, high] = node.ci95 as [number, number];
      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(100);
      expect(low).toBeLessThan(high);
    }
    expect(rates).toBeGreaterThan(0);
  });
});
