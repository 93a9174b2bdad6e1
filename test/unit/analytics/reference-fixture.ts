import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CorrelationResult } from '../../../shared/analytics/index.js';

/** Absolute tolerance between the TypeScript estimators and the scipy/numpy reference. */
export const tolerance = 1e-9;

export type ExpectedCorrelation =
  | { state: 'ok'; n: number; estimate: number; ci95: [number, number]; pValue: number; df: number }
  | { state: 'insufficient-evidence'; n: number; reason: string };

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
    return;
  }
  if (actual.state !== 'ok') throw new Error(`expected ok, got ${actual.state}`);
  expect(Math.abs(actual.estimate - expected.estimate)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.ci95[0] - expected.ci95[0])).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.ci95[1] - expected.ci95[1])).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.pValue - expected.pValue)).toBeLessThanOrEqual(tolerance);
  expect(actual.df).toBe(expected.df);
}

export function expectFinite(result: CorrelationResult): void {
  const numbers = [result.n, result.estimate ?? 0, ...(result.ci95 ?? [])];
  for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
}
