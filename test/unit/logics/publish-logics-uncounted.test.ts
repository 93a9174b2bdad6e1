import { describe, expect, it } from 'vitest';
import type { DiscoveredLogics } from '../../../shared/logics/discover-logics.js';
import { previousMonthId } from '../../../shared/logics/logics-month.js';
import { publishLogics } from '../../../shared/logics/publish-logics.js';

/** A discovery whose respondents fall in the given (site × logic) table. */
function discoveryOf(table: readonly (readonly number[])[]) {
  const sites: string[] = [];
  const assignments: number[] = [];
  table.forEach((row, s) => {
    row.forEach((count, logic) => {
      for (let i = 0; i < count; i += 1) {
        sites.push(`S${s}`);
        assignments.push(logic);
      }
    });
  });
  const discovery = {
    state: 'ok',
    respondents: assignments.length,
    criterion: { name: 'mean-silhouette', sampled: assignments.length, candidates: [], structure: 'weak' },
    stability: undefined,
    logics: (table[0] ?? []).map((_, index) => ({ index, size: 0, centroid: {}, distinctive: [] })),
    assignments,
    view: { explainedVariance: [0, 0], loadings: [], logics: [] },
  } as DiscoveredLogics;
  return { discovery, sites };
}

describe('publishLogics with participants not counting toward k yet (DESIGN.md §8)', () => {
  const names = ['A', 'B', 'C'];

  it('shows a logic only when it keeps k once every uncounted participant of its scope is taken out', () => {
    const { discovery, sites } = discoveryOf([
      [20, 8, 7],
      [20, 8, 7],
    ]);
    const counted = publishLogics({ discovery, names, siteOfRespondent: sites, window: 'w', k: 5 });
    expect(counted[0]).toMatchObject({
      state: 'published',
      logics: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
    });
    // 3 newcomers at S0 and 2 at S1: the centre's C (14) keeps 9 ≥ 5, site S0's C (7) only 4.
    const views = publishLogics({
      discovery,
      names,
      siteOfRespondent: sites,
      window: 'w',
      k: 5,
      notYetCountingBySite: { S0: 3, S1: 2 },
    });
    expect(views[0]).toMatchObject({
      state: 'published',
      logics: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
    });
    const s0 = views.find((v) => v.scope.level === 'site' && v.scope.site === 'S0');
    // B (8 − 3 = 5) stays; C (7 − 3 = 4) would be "other" of 7 − 3 = 4 < 5: the view is withheld.
    expect(s0).toMatchObject({ state: 'withheld', reason: { key: 'logics.withheld.other-below-k' } });
  });

  it('merges a logic into "other" when the newcomers could all sit in it', () => {
    const { discovery, sites } = discoveryOf([[30, 12, 9]]);
    const views = publishLogics({
      discovery,
      names,
      siteOfRespondent: sites,
      window: 'w',
      k: 5,
      notYetCountingBySite: { S0: 8 },
    });
    // A (30 − 8) shown, B (12 − 8 = 4) and C merged: other = 21 − 8 = 13 ≥ 5.
    expect(views[0]).toMatchObject({
      state: 'published',
      logics: [{ name: 'A', size: 30 }],
      other: { logics: 2, size: 21 },
    });
  });

  it('does not single out the few who answered the pulse but skipped the module', () => {
    const { discovery, sites } = discoveryOf([[30, 12, 9]]);
    const views = publishLogics({
      discovery,
      names,
      siteOfRespondent: sites,
      window: 'w',
      k: 5,
      skippedModuleBySite: { S0: 2 },
    });
    // The centre's pulse count (53) minus the logics' sizes (51) would be those 2.
    expect(views[0]).toMatchObject({ state: 'withheld', reason: { key: 'logics.withheld.would-isolate' } });
    const many = publishLogics({
      discovery,
      names,
      siteOfRespondent: sites,
      window: 'w',
      k: 5,
      skippedModuleBySite: { S0: 6 },
    });
    expect(many[0]).toMatchObject({ state: 'published', respondents: 51 });
  });
});

describe('month ids', () => {
  it('steps back across a year', () => {
    expect(previousMonthId('2026-01')).toBe('2025-12');
    expect(previousMonthId('2026-10')).toBe('2026-09');
    expect(() => previousMonthId('2026-13')).toThrow(/month/);
  });
});
