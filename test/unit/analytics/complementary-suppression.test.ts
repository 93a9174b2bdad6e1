import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdditiveRelation,
  type SuppressionCell,
  suppressComplementary,
} from '../../../shared/analytics/index.js';

const modes = ['on-site', 'remote', 'hybrid'] as const;

/** A site of teams, each cut by work mode and by two weeks, with the relations a user sees together. */
function site(
  teams: { modes: [number, number, number]; secondWeek: number }[],
  filters: { siteTeams: boolean; teamModes: boolean; siteModes: boolean; weeks: boolean },
): { cells: SuppressionCell[]; relations: AdditiveRelation[] } {
  const cells: SuppressionCell[] = [];
  const relations: AdditiveRelation[] = [];
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  teams.forEach((team, t) => {
    const total = sum(team.modes);
    cells.push({ id: `team-${t}`, respondents: total });
    if (filters.teamModes) {
      modes.forEach((mode, m) => {
        cells.push({ id: `team-${t}/${mode}`, respondents: team.modes[m] ?? 0 });
      });
      relations.push({ parent: `team-${t}`, children: modes.map((mode) => `team-${t}/${mode}`) });
    }
    if (filters.weeks) {
      cells.push({ id: `team-${t}@W2`, respondents: team.secondWeek });
      cells.push({ id: `team-${t}@F1`, respondents: total + team.secondWeek });
      relations.push({ parent: `team-${t}@F1`, children: [`team-${t}`, `team-${t}@W2`] });
    }
  });
  const siteTotal = sum(teams.map((t) => sum(t.modes)));
  if (filters.siteTeams || filters.siteModes) cells.push({ id: 'site', respondents: siteTotal });
  if (filters.siteTeams) relations.push({ parent: 'site', children: teams.map((_, t) => `team-${t}`) });
  if (filters.siteModes) {
    modes.forEach((mode, m) => {
      const children = filters.teamModes ? teams.map((_, t) => `team-${t}/${mode}`) : [];
      cells.push({ id: `site/${mode}`, respondents: sum(teams.map((team) => team.modes[m] ?? 0)) });
      if (children.length > 0) relations.push({ parent: `site/${mode}`, children });
    });
    relations.push({ parent: 'site', children: modes.map((mode) => `site/${mode}`) });
  }
  return { cells, relations };
}

/** What a user can compute by chains of subtraction from the shown cells (written apart from the code). */
function recoverable(
  shown: ReadonlySet<string>,
  cells: readonly SuppressionCell[],
  relations: readonly AdditiveRelation[],
): Map<string, number> {
  const truth = new Map(cells.map((c) => [c.id, c.respondents]));
  const known = new Map([...shown].map((id) => [id, truth.get(id) ?? 0]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parent, children } of relations) {
      const exact = children.reduce((s, c) => s + (truth.get(c) ?? 0), 0) === truth.get(parent);
      if (!exact) continue;
      const missing = children.filter((c) => !known.has(c));
      const knownSum = children.filter((c) => known.has(c)).reduce((s, c) => s + (known.get(c) ?? 0), 0);
      const parentValue = known.get(parent);
      if (parentValue !== undefined && missing.length === 1 && missing[0] !== undefined) {
        known.set(missing[0], parentValue - knownSum);
        changed = true;
      } else if (parentValue === undefined && missing.length === 0) {
        known.set(parent, knownSum);
        changed = true;
      }
    }
  }
  return known;
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0); c += 1) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p] ?? [], m[r] ?? []];
    for (let i = r + 1; i < m.length; i += 1) {
      const f = (m[i]?.[c] ?? 0) / (m[r]?.[c] ?? 1);
      m[i] = (m[i] ?? []).map((v, j) => v - f * (m[r]?.[j] ?? 0));
    }
    r += 1;
  }
  return r;
}

/**
 * Hidden cells fixed by the relations' equations over the hidden cells: x_i is determined when
 * dropping its column lowers the rank (every solution of the homogeneous system has x_i = 0).
 */
function linearlyRecoverable(
  shown: ReadonlySet<string>,
  cells: readonly SuppressionCell[],
  relations: readonly AdditiveRelation[],
): string[] {
  const hidden = cells.map((c) => c.id).filter((id) => !shown.has(id));
  const equations = relations.map(({ parent, children }) =>
    hidden.map((id) => (id === parent ? 1 : 0) - (children.includes(id) ? 1 : 0)),
  );
  if (equations.length === 0) return [];
  const full = rank(equations);
  return hidden.filter((_, i) => rank(equations.map((row) => row.filter((__, j) => j !== i))) < full);
}

const teamArb = fc.record({
  modes: fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)),
  secondWeek: fc.nat(20),
});
const filtersArb = fc.record({
  siteTeams: fc.boolean(),
  teamModes: fc.boolean(),
  siteModes: fc.boolean(),
  weeks: fc.boolean(),
});

describe('complementary suppression', () => {
  it('never shows a small group nor lets subtraction isolate one', () => {
    fc.assert(
      fc.property(
        fc.array(teamArb, { minLength: 1, maxLength: 6 }),
        filtersArb,
        fc.integer({ min: 2, max: 8 }),
        (teams, filters, k) => {
          const { cells, relations } = site(teams, filters);
          const { shown, disclosure } = suppressComplementary(cells, relations, k);
          const truth = new Map(cells.map((c) => [c.id, c.respondents]));
          const small = (n: number) => n > 0 && n < k;

          for (const id of shown) expect(small(truth.get(id) ?? 0)).toBe(false);
          for (const cell of cells) {
            if (small(cell.respondents)) expect(disclosure.get(cell.id)).toBe('suppressed-primary');
          }
          for (const { parent, children } of relations) {
            if (!shown.has(parent)) continue;
            const visibleChildren = children
              .filter((c) => shown.has(c))
              .reduce((s, c) => s + (truth.get(c) ?? 0), 0);
            expect(small((truth.get(parent) ?? 0) - visibleChildren)).toBe(false);
          }
          const known = recoverable(shown, cells, relations);
          for (const [id, value] of known) {
            expect(value).toBe(truth.get(id));
            expect(small(value)).toBe(false);
          }
          for (const { parent, children } of relations) {
            const parentValue = known.get(parent);
            if (parentValue === undefined) continue;
            const knownChildren = children.reduce((s, c) => s + (known.get(c) ?? 0), 0);
            expect(small(parentValue - knownChildren)).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('closes a leak that only a linear combination of a two-way table reveals', () => {
    const teams = [
      { modes: [1, 0, 6] as [number, number, number], secondWeek: 0 },
      { modes: [5, 7, 11] as [number, number, number], secondWeek: 0 },
      { modes: [0, 0, 3] as [number, number, number], secondWeek: 0 },
    ];
    const { cells, relations } = site(teams, {
      siteTeams: true,
      teamModes: true,
      siteModes: true,
      weeks: false,
    });
    const { shown } = suppressComplementary(cells, relations, 5);
    const truth = new Map(cells.map((c) => [c.id, c.respondents]));
    const exposed = linearlyRecoverable(shown, cells, relations).filter((id) => {
      const n = truth.get(id) ?? 0;
      return n > 0 && n < 5;
    });
    expect(exposed).toEqual([]);
    expect(shown.size).toBeGreaterThan(0);
  });

  it('suppresses the next smallest sibling of a lone suppressed team and keeps the rest', () => {
    const cells = [
      { id: 'site', respondents: 30 },
      { id: 'team-a', respondents: 12 },
      { id: 'team-b', respondents: 3 },
      { id: 'team-c', respondents: 15 },
    ];
    const { disclosure } = suppressComplementary(cells, [
      { parent: 'site', children: ['team-a', 'team-b', 'team-c'] },
    ]);
    expect(Object.fromEntries(disclosure)).toEqual({
      site: 'shown',
      'team-a': 'suppressed-complementary',
      'team-b': 'suppressed-primary',
      'team-c': 'shown',
    });
  });

  it('treats two small suppressed siblings adding up to fewer than k as a leak', () => {
    const cells = [
      { id: 'team', respondents: 20 },
      { id: 'on-site', respondents: 2 },
      { id: 'remote', respondents: 2 },
      { id: 'hybrid', respondents: 16 },
    ];
    const { shown } = suppressComplementary(cells, [
      { parent: 'team', children: ['on-site', 'remote', 'hybrid'] },
    ]);
    expect([...shown]).toEqual(['team']);
  });

  it('flags a parent whose children do not cover it by at least k', () => {
    const cells = [
      { id: 'team', respondents: 14 },
      { id: 'on-site', respondents: 6 },
      { id: 'remote', respondents: 6 },
    ];
    const { shown } = suppressComplementary(cells, [{ parent: 'team', children: ['on-site', 'remote'] }]);
    expect(shown.has('team') && shown.has('on-site') && shown.has('remote')).toBe(false);
  });
});
