import { describe, expect, it } from 'vitest';
import type { PeriodFigures } from '../../../shared/analytics/alerts/window-drop.js';
import { axisLevel, levelEstimate, sidakConfidence } from '../../../shared/analytics/axis-level.js';
import { median, teamSymmetry } from '../../../shared/analytics/quadrant.js';
import { formatAxisSummary } from '../../../shared/i18n/analytics-messages.js';

const weeks = Array.from({ length: 26 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);

/** A seeded uniform generator (LCG) and its standard normal (Box–Muller). */
function generator(seed: number) {
  let s = seed >>> 0;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** 26 weekly figures: level + AR(1) swings (persistence φ, sd τ) + sampling error of n answers. */
function series(normal: () => number, level: number, phi: number, tau: number, sd: number, n: number) {
  const figures: Record<string, { value: number; se: number; n: number }> = {};
  let swing = normal() * tau;
  for (const week of weeks) {
    swing = phi * swing + Math.sqrt(1 - phi * phi) * tau * normal();
    const se = sd / Math.sqrt(n);
    figures[week] = { value: level + swing + se * normal(), se, n };
  }
  return figures;
}

const values = (f: PeriodFigures) =>
  Object.fromEntries(Object.entries(f).map(([w, v]) => [w, v?.value ?? 0])) as Record<string, number>;

describe('a reading per axis', () => {
  it('adjusts each interval over the centre’s teams × 2 axes (Šidák)', () => {
    expect(sidakConfidence(16)).toBeCloseTo(0.95 ** (1 / 16), 12);
    const alone = axisLevel('wellbeing', { value: 50, se: 1.5, df: Number.POSITIVE_INFINITY }, 55, 1);
    const eight = axisLevel('wellbeing', { value: 50, se: 1.5, df: Number.POSITIVE_INFINITY }, 55, 8);
    expect(alone.comparisons).toBe(2);
    expect(eight.comparisons).toBe(16);
    expect(eight.interval[1] - eight.interval[0]).toBeGreaterThan(alone.interval[1] - alone.interval[0]);
    // 50 + 2.96 × 1.5 = 54.4 < 55 over 16 comparisons; on 3 degrees of freedom the interval holds 55.
    expect(eight.side).toBe('below');
    expect(axisLevel('wellbeing', { value: 50, se: 1.5, df: 3 }, 55, 8).side).toBe('within');
  });

  it('says the clear axis alone and gives no quadrant when only one axis is clear', () => {
    const normal = generator(11);
    const wellbeing = series(normal, 35, 0.4, 2, 18, 10);
    const customer = series(normal, 80, 0.4, 2, 15, 20);
    const estimate = (f: PeriodFigures) => {
      const e = levelEstimate(weeks, f);
      if (!e) throw new Error('no estimate');
      return { periods: weeks.slice(-4), mean: e.value, se: e.se, weeks: e.weeks, answers: e.answers };
    };
    const w = estimate(wellbeing);
    const c = estimate(customer);
    const s = teamSymmetry({
      teamId: 'T',
      wellbeing: w,
      customer: c,
      thresholds: { wellbeingIndex: 65, customerIndex: c.mean + 0.5, teams: 8 },
      periods: weeks,
      wellbeingSeries: values(wellbeing),
      customerSeries: values(customer),
      wellbeingFigures: wellbeing,
      customerFigures: customer,
    });
    expect(s.axes.wellbeing.side).toBe('below');
    expect(s.axes.customer.side).toBe('within');
    expect(s.quadrant).toBe('near-centre');
    expect(s.axes.wellbeing.comparisons).toBe(16);
    expect(formatAxisSummary('en', s.axes, s.quadrant)).toBe(
      'Advisors’ wellbeing clearly below the centre; customers not distinguishable from the centre. No quadrant: only one axis stands apart from the centre.',
    );
    expect(formatAxisSummary('fr', s.axes, s.quadrant)).toBe(
      'Bien-être des conseillers nettement sous le centre\u00a0; clients non distinguables du centre. Pas de quadrant, un seul axe se distingue du centre.',
    );
    const both = teamSymmetry({
      ...{ teamId: 'T', wellbeing: w, customer: c, periods: weeks },
      thresholds: { wellbeingIndex: 65, customerIndex: c.mean - 20, teams: 8 },
      wellbeingSeries: values(wellbeing),
      customerSeries: values(customer),
      wellbeingFigures: wellbeing,
      customerFigures: customer,
    });
    expect(both.quadrant).toBe('customers-at-advisors-expense');
    expect(formatAxisSummary('en', both.axes, both.quadrant)).toContain(
      'Quadrant: customers served at the advisors’ expense.',
    );
  });

  it('calls any axis clear in at most 5% of null centres of 8 teams with AR(1) swings', () => {
    // 8 teams sharing one level on both axes, 26 weeks, AR(1) swings of persistence 0.4 (the
    // persistence assumed, as in the demo) and sd 3 on top of sampling error (wellbeing: sd 18,
    // 10 answers a week; customers: sd 15, 15 responses). 300 centres: the share's binomial
    // standard error is 1.3 points, so the tolerance is 2.5 points above 5%.
    const normal = generator(2026);
    const centres = 300;
    let anyClear = 0;
    for (let c = 0; c < centres; c += 1) {
      const teams = Array.from({ length: 8 }, () => {
        const w = levelEstimate(weeks, series(normal, 65, 0.4, 3, 18, 10));
        const cu = levelEstimate(weeks, series(normal, 80, 0.4, 3, 15, 15));
        if (!w || !cu) throw new Error('no estimate');
        return { w, cu };
      });
      const mw = median(teams.map((t) => t.w.value)) ?? 0;
      const mc = median(teams.map((t) => t.cu.value)) ?? 0;
      if (
        teams.some(
          (t) =>
            axisLevel('wellbeing', t.w, mw, 8).side !== 'within' ||
            axisLevel('customer', t.cu, mc, 8).side !== 'within',
        )
      )
        anyClear += 1;
    }
    expect(anyClear / centres).toBeLessThanOrEqual(0.05 + 0.025);
  });
});
