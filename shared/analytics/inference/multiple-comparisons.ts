import { alpha, type CorrelationResult, type FamilyAdjustment } from '../correlation-result.js';

/**
 * Benjamini–Hochberg adjusted p-values (q-values) of a family, in input order:
 * q_(i) = min_{j ≥ i} min(1, m·p_(j)/j) over the ascending p-values (Benjamini & Hochberg 1995).
 * Rejecting q < α keeps the expected share of false findings at most α (independent or
 * positively dependent tests).
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m).fill(1);
  let running = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const entry = order[rank - 1];
    if (!entry) continue;
    running = Math.min(running, (m * entry.p) / rank);
    adjusted[entry.i] = Math.min(1, running);
  }
  return adjusted;
}

/**
 * Holm's step-down adjusted p-values, in input order: p̃_(i) = max_{j ≤ i} min(1, (m − j + 1)·p_(j))
 * (Holm 1979). Rejecting p̃ < α keeps the chance of any false finding at most α.
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach((entry, k) => {
    running = Math.max(running, Math.min(1, (m - k) * entry.p));
    adjusted[entry.i] = running;
  });
  return adjusted;
}

/** Families of at most this many tests are adjusted by Holm, larger ones by Benjamini–Hochberg. */
export const holmMaxFamilySize = 4;

export type AdjustmentMethod = FamilyAdjustment['method'];

/** Holm for small families (≤ 4 tests), Benjamini–Hochberg FDR above. */
export function adjustmentMethodFor(familySize: number): AdjustmentMethod {
  return familySize <= holmMaxFamilySize ? 'holm' : 'benjamini-hochberg';
}

/**
 * Adjusts every tested result of one family of comparisons in one analysis (e.g. all per-team
 * correlations and leads of a centre): each `ok` result keeps its raw `pValue` and interval and
 * gains `adjusted` (family name, number of tested results, method, adjusted p); its `evidence`
 * becomes `holds` only when the adjusted p is below .05. Results without a p-value are returned
 * unchanged and do not count in the family size. Order is preserved.
 */
export function adjustFamily<T extends CorrelationResult>(
  family: string,
  results: readonly T[],
  method?: AdjustmentMethod,
): T[] {
  const tested = results.flatMap((r, i) => (r.state === 'ok' ? [{ i, p: r.pValue }] : []));
  const familySize = tested.length;
  const chosen = method ?? adjustmentMethodFor(familySize);
  const adjusted = (chosen === 'holm' ? holm : benjaminiHochberg)(tested.map((t) => t.p));
  const out = [...results];
  tested.forEach(({ i }, k) => {
    const result = results[i];
    const pValue = adjusted[k] ?? 1;
    if (result?.state !== 'ok') return;
    out[i] = {
      ...result,
      adjusted: { family, familySize, method: chosen, pValue },
      evidence: pValue < alpha ? 'holds' : 'not-established',
    };
  });
  return out;
}
