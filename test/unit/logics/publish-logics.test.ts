import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type DiscoveredLogics, discoverLogics } from '../../../shared/logics/discover-logics.js';
import { plantCentre } from '../../../shared/logics/plant-logics.js';
import { type PublishedLogicsView, publishLogics } from '../../../shared/logics/publish-logics.js';

// Seeded simulations: slow on a loaded machine, never timed.
vi.setConfig({ testTimeout: 120_000 });

/** A discovery whose respondents fall in the given (site × logic) table. */
function discoveryOf(table: readonly (readonly number[])[]): {
  discovery: DiscoveredLogics;
  sites: string[];
} {
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
  const logics = (table[0] ?? []).map((_, index) => ({
    index,
    size: assignments.filter((a) => a === index).length,
    centroid: { 'rely-procedures': 3 },
    distinctive: [],
  }));
  const discovery = {
    state: 'ok',
    respondents: assignments.length,
    criterion: { name: 'mean-silhouette', sampled: assignments.length, candidates: [], structure: 'weak' },
    stability: undefined,
    logics,
    assignments,
    view: { explainedVariance: [0, 0], loadings: [], logics: [] },
  } as DiscoveredLogics;
  return { discovery, sites };
}

type Published = Extract<PublishedLogicsView, { state: 'published' }>;

/**
 * Every figure a reader can combine, as (cell set, count): the centre's respondent count
 * published elsewhere, each published site view's respondent count, and each published logic
 * and "other" size. Cells are (site, logic) of the true table.
 */
function figuresOf(
  views: readonly PublishedLogicsView[],
  table: readonly (readonly number[])[],
  names: string[],
) {
  const siteIds = table.map((_, s) => `S${s}`);
  const logicIds = (table[0] ?? []).map((_, l) => l);
  const cell = (s: number, l: number) => s * logicIds.length + l;
  const figures: { cells: number[]; count: number }[] = [];
  const total = (sites: number[]) => ({
    cells: sites.flatMap((s) => logicIds.map((l) => cell(s, l))),
    count: sites.reduce((sum, s) => sum + (table[s] ?? []).reduce((a, b) => a + b, 0), 0),
  });
  figures.push(total(siteIds.map((_, s) => s)));
  for (const view of views) {
    if (view.state !== 'published') continue;
    const sites =
      view.scope.level === 'centre' ? siteIds.map((_, s) => s) : [siteIds.indexOf(view.scope.site)];
    if (view.scope.level === 'site') figures.push(total(sites));
    const shown = view.logics.map((l) => names.indexOf(l.name));
    for (const logic of view.logics) {
      const l = names.indexOf(logic.name);
      figures.push({ cells: sites.map((s) => cell(s, l)), count: logic.size });
    }
    if (view.other) {
      const merged = logicIds.filter((l) => !shown.includes(l));
      figures.push({ cells: sites.flatMap((s) => merged.map((l) => cell(s, l))), count: view.other.size });
    }
  }
  const countOf = (cells: number[]) =>
    cells.reduce(
      (sum, c) => sum + ((table[Math.floor(c / logicIds.length)] ?? [])[c % logicIds.length] ?? 0),
      0,
    );
  return { figures, countOf, cellCount: siteIds.length * logicIds.length };
}

describe('publishLogics', () => {
  const tables = fc
    .record({ sites: fc.integer({ min: 1, max: 4 }), logics: fc.integer({ min: 2, max: 6 }) })
    .chain(({ sites, logics }) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: logics, maxLength: logics }), {
        minLength: sites,
        maxLength: sites,
      }),
    )
    .filter((t) => (t[0] ?? []).every((_, l) => t.some((row) => (row[l] ?? 0) > 0)));

  // The argument: a published count is a sum over (site × logic) cells. Every linear
  // combination of published counts (the centre's respondent count minus the logic sizes, a
  // site's minus its logics, the centre's logic minus a site's, …) is constant on the atoms,
  // the sets of cells lying in exactly the same figures, and so reveals at most the atoms'
  // counts. If every atom holds 0 or ≥ k respondents, no combination singles out 1 to k − 1
  // people. At centre level the logics and "other" partition the respondents, so the atoms are
  // the published groups themselves (each ≥ k) and the centre's count minus any of them is a
  // union of groups (≥ k). The test recomputes the atoms on its own from everything published
  // (the centre's respondent count included) and also tries every subtraction of one
  // published figure from another that contains it.
  it('never shows a logic of fewer than k, sizes add up to the respondents, and no combination isolates fewer than k', () => {
    let sitesShown = 0;
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 10 }), (table, k) => {
        const { discovery, sites } = discoveryOf(table);
        const names = (table[0] ?? []).map((_, l) => `L${l}`);
        const views = publishLogics({ discovery, names, siteOfRespondent: sites, window: '2026-03', k });
        const published = views.filter((v): v is Published => v.state === 'published');
        for (const view of published) {
          for (const logic of view.logics) expect(logic.size).toBeGreaterThanOrEqual(k);
          if (view.other) expect(view.other.size).toBeGreaterThanOrEqual(k);
          const sum = view.logics.reduce((s, l) => s + l.size, view.other?.size ?? 0);
          expect(sum).toBe(view.respondents);
          const scopeTotal =
            view.scope.level === 'centre'
              ? discovery.respondents
              : sites.filter((s) => view.scope.level === 'site' && s === view.scope.site).length;
          expect(view.respondents).toBe(scopeTotal);
        }
        if (published.some((v) => v.scope.level === 'site')) sitesShown += 1;
        if (!published.some((v) => v.scope.level === 'centre')) {
          expect(published).toEqual([]);
          return;
        }
        const { figures, countOf, cellCount } = figuresOf(views, table, names);
        for (const f of figures) expect(countOf(f.cells)).toBe(f.count);
        const signature = Array.from({ length: cellCount }, (_, c) =>
          figures.map((f) => (f.cells.includes(c) ? 1 : 0)).join(''),
        );
        const atoms = new Map<string, number[]>();
        signature.forEach((sig, c) => {
          if (sig.includes('1')) atoms.set(sig, [...(atoms.get(sig) ?? []), c]);
        });
        for (const cells of atoms.values()) {
          const n = countOf(cells);
          expect(n === 0 || n >= k).toBe(true);
        }
        for (const a of figures) {
          for (const b of figures) {
            if (a === b || !b.cells.every((c) => a.cells.includes(c))) continue;
            const difference = a.count - b.count;
            expect(difference === 0 || difference >= k).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
    expect(sitesShown).toBeGreaterThan(40);
  });

  it('merges a logic under k into "other", or withholds the view with its reason', () => {
    const names = ['A', 'B', 'C', 'D'];
    const merged = discoveryOf([
      [30, 20, 2, 2],
      [0, 0, 1, 1],
    ]);
    const one = publishLogics({
      discovery: merged.discovery,
      names,
      siteOfRespondent: merged.sites,
      window: 'w',
      k: 5,
    });
    expect(one[0]).toMatchObject({ state: 'published', other: { logics: 2, size: 6 }, respondents: 56 });
    const lonely = discoveryOf([[30, 20, 3, 0]]);
    const two = publishLogics({
      discovery: lonely.discovery,
      names,
      siteOfRespondent: lonely.sites,
      window: 'w',
      k: 5,
    });
    expect(two).toEqual([
      {
        state: 'withheld',
        scope: { level: 'centre' },
        window: 'w',
        reason: { key: 'logics.withheld.other-below-k', params: { k: 5 } },
      },
    ]);
  });

  it('publishes the planted centre at centre and site level with descriptions, and nothing per respondent', () => {
    const centre = plantCentre({ respondents: 300, seed: 7 });
    const discovery = discoverLogics({ items: centre.items, answers: centre.answers, seed: 7 });
    const sites = centre.answers.map((_, i) => ['LYO', 'NTE', 'LIL'][i % 3] as string);
    const views = publishLogics({
      discovery,
      names: ['A', 'B', 'C'],
      siteOfRespondent: sites,
      window: '2026-03',
      k: 5,
    });
    expect(views.map((v) => [v.scope.level, v.state])).toEqual([
      ['centre', 'published'],
      ['site', 'published'],
      ['site', 'published'],
      ['site', 'published'],
    ]);
    const text = JSON.stringify(views);
    expect(text).not.toContain('assignments');
    expect(views[0]?.state === 'published' && views[0].logics[0]?.distinctive?.length).toBeGreaterThan(0);
  });
});
