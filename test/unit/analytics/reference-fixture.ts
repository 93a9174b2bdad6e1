import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CorrelationResult } from '../../../shared/analytics/index.js';

/** Absolute tolerance between the TypeScript estimators and the scipy/numpy reference. */
export const tolerance = 1e-9;

export type ExpectedCorrelation =
  | {
      state: 'ok';
      n: number;
      estimate: number;
      ci95: [number, number];
      pValue: number;
      testPValue: number;
      pValueMethod: string;
      df: number;
      effectiveN?: number;
    }
  | { state: 'insufficient-evidence'; n: number; reason: string; effectiveN?: number };

export interface ExpectedIndex {
  n: number;
  value: number | null;
  se: number | null;
}

export interface Reference {
  provenance: Record<string, string | number>;
  correlation: {
    name: string;
    x: number[];
    y: number[];
    pearson: ExpectedCorrelation;
    spearman: ExpectedCorrelation;
  }[];
  lagged: {
    name: string;
    periods: string[];
    x: Record<string, number>;
    y: Record<string, number>;
    pearson: { xLeadsY: ExpectedCorrelation; yLeadsX: ExpectedCorrelation };
    spearman: { xLeadsY: ExpectedCorrelation; yLeadsX: ExpectedCorrelation };
  }[];
  repeatedMeasures: {
    name: string;
    observations: { group: string; x: number; y: number }[];
    rmcorr: ExpectedCorrelation;
    betweenTeams: ExpectedCorrelation;
  }[];
  power: { n: number; minimumDetectable: number | null }[];
  indices: { kind: string; values: number[]; expected: ExpectedIndex }[];
  nps: {
    ratings: number[];
    counts: { promoters: number; passives: number; detractors: number };
    expected: ExpectedIndex;
  }[];
  trend: { positions: number[]; values: number[]; slope: number }[];
  serial: {
    name: string;
    x: number[];
    y: number[];
    acfX: number[];
    effectiveN: number;
    pearson: ExpectedCorrelation;
    spearman: ExpectedCorrelation;
  }[];
  pooledSerial: {
    name: string;
    observations: { group: string; x: number; y: number }[];
    effectiveN: number;
    pooled: ExpectedCorrelation;
  }[];
  adjustment: { pValues: number[]; benjaminiHochberg: number[]; holm: number[] }[];
}

export const reference: Reference = JSON.parse(
  readFileSync(new URL('../../fixtures/analytics/reference.json', import.meta.url), 'utf8'),
);

export function expectCorrelation(actual: CorrelationResult, expected: ExpectedCorrelation): void {
  expect(actual.state).toBe(expected.state);
  expect(actual.n).toBe(expected.n);
  if (expected.state !== 'ok') {
    expect(actual.estimate).toBeNull();
    expect(actual.ci95).toBeNull();
    if (actual.state !== 'ok') expect(actual.reason).toBe(expected.reason);
    if (expected.effectiveN !== undefined)
      expectClose(actual.state !== 'ok' ? actual.effectiveN : 0, expected.effectiveN);
    return;
  }
  if (actual.state !== 'ok') throw new Error(`expected ok, got ${actual.state}`);
  expect(actual.pValueMethod).toBe(expected.pValueMethod);
  // A Monte Carlo p (20 000 draws here, 200 000 in scipy) agrees within five of its standard errors.
  const pTolerance =
    actual.pValueMethod === 'monte-carlo-permutation'
      ? 5 * Math.sqrt((expected.testPValue * (1 - expected.testPValue)) / 20_000) + 1e-4
      : tolerance;
  expectClose(actual.estimate, expected.estimate);
  expectClose(actual.testPValue, expected.testPValue, pTolerance);
  expectClose(actual.pValue, expected.pValue, pTolerance);
  if (pTolerance === tolerance || expected.pValue !== expected.testPValue) {
    expectClose(actual.ci95[0], expected.ci95[0]);
    expectClose(actual.ci95[1], expected.ci95[1]);
  }
  expectClose(actual.df, expected.df);
  if (expected.effectiveN !== undefined) expectClose(actual.effectiveN ?? Number.NaN, expected.effectiveN);
  else expect(actual.effectiveN).toBeUndefined();
}

export function expectClose(actual: number | undefined, expected: number, within = tolerance): void {
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(within);
}

export function expectFinite(result: CorrelationResult): void {
  const numbers = [result.n, result.estimate ?? 0, ...(result.ci95 ?? [])];
  for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
}
