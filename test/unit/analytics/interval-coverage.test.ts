import { describe, expect, it } from 'vitest';
import { intervalCoverage } from '../../../shared/analytics/inference/calibration.js';

/** n of independent bivariate normal pairs; ρ the true Pearson correlation. */
const sizes = [4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 30];
const correlations = [0, 0.3, 0.6, 0.9];

describe('95% intervals cover the true correlation (2 000 seeded samples per cell)', () => {
  for (const method of ['pearson', 'spearman'] as const) {
    for (const n of sizes) {
      it(`${method}, n = ${n}: at least 93%${n >= 8 ? ', at most 97%' : ''}`, () => {
        for (const rho of correlations) {
          const coverage = intervalCoverage(method, n, rho, 2000, 1000 * n + 100 * rho);
          expect(coverage, `ρ = ${rho}`).toBeGreaterThanOrEqual(0.93);
          if (n >= 8) expect(coverage, `ρ = ${rho}`).toBeLessThanOrEqual(0.97);
        }
      });
    }
  }
});
