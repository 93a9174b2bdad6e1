import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../shared/logics/adjusted-rand-index.js';

interface ReferenceCase {
  readonly name: string;
  readonly a: number[];
  readonly b: number[];
  readonly ari: number;
}

// Figures made by scripts/reference/ari_reference.py (numpy + scipy.special.comb, no clustering
// library); the fixture records how.
const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/logics/ari-reference.json', import.meta.url), 'utf8'),
) as { madeBy: string; cases: ReferenceCase[] };

describe('adjustedRandIndex', () => {
  it('matches the numpy/scipy reference on every case', () => {
    expect(reference.madeBy).toContain('scipy.special.comb');
    expect(reference.cases.length).toBeGreaterThanOrEqual(13);
    for (const c of reference.cases) {
      expect(adjustedRandIndex(c.a, c.b), c.name).toBeCloseTo(c.ari, 12);
    }
  });

  it('is symmetric and ignores how groups are named', () => {
    const a = [0, 0, 1, 1, 1, 2, 2, 0];
    const b = ['x', 'y', 'y', 'y', 'z', 'z', 'z', 'x'];
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
    expect(
      adjustedRandIndex(
        a,
        a.map((g) => `g${g}`),
      ),
    ).toBe(1);
  });

  it('refuses labelings of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow();
  });
});
