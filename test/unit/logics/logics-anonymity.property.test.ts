import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { DiscoveredLogics } from '../../../shared/logics/discover-logics.js';
import { publishEvaluations } from '../../../shared/logics/publish-evaluations.js';
import { type PublishedLogicsView, publishLogics } from '../../../shared/logics/publish-logics.js';
import type { AnswerVector, LogicItemRef } from '../../../shared/logics/standardise-answers.js';

// Exact span checks on every run: seconds on a loaded machine, never timed.
vi.setConfig({ testTimeout: 120_000 });

/**
 * A centre of teams on sites; in each team, respondents per logic, respondents who answered the
 * pulse but skipped the module, and newcomers (participants not counting toward k yet).
 */
interface Scenario {
  readonly teams: readonly {
    readonly site: string;
    readonly byLogic: readonly number[];
    readonly skipped: number;
    readonly newcomers: number;
  }[];
  readonly k: number;
  readonly answers: readonly (readonly (number | null)[])[];
}

const items: LogicItemRef[] = [
  { id: 'rely-procedures', role: 'profile', scale: { min: 1, max: 5 } },
  { id: 'tool-a', role: 'evaluated', scale: { min: 1, max: 5 } },
  { id: 'tool-b', role: 'evaluated', scale: { min: 1, max: 5 } },
];

const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    logics: fc.integer({ min: 2, max: 3 }),
    sites: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }),
    k: fc.integer({ min: 3, max: 6 }),
  })
  .chain(({ logics, sites, k }) =>
    fc.record({
      teams: fc.tuple(
        ...sites.flatMap((teamCount, s) =>
          Array.from({ length: teamCount }, () =>
            fc.record({
              site: fc.constant(`S${s}`),
              byLogic: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: logics, maxLength: logics }),
              skipped: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 7 })),
              newcomers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })),
            }),
          ),
        ),
      ),
      k: fc.constant(k),
      answers: fc.array(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 5 }), { minLength: 3, maxLength: 3 }),
        { minLength: 120, maxLength: 120 },
      ),
    }),
  )
  // A discovered logic always holds someone.
  .filter((s) => (s.teams[0]?.byLogic ?? []).every((_, l) => s.teams.some((t) => (t.byLogic[l] ?? 0) > 0)))
  // Newcomers are among their team's respondents.
  .filter((s) => s.teams.every((t) => t.newcomers <= t.byLogic.reduce((a, b) => a + b, t.skipped)));

/** Every published count as (cells, count): cells are `team|logic`, logic 'skip' for module skippers. */
interface Figure {
  readonly cells: readonly string[];
  readonly count: number;
}

function run(scenario: Scenario) {
  const logicCount = scenario.teams[0]?.byLogic.length ?? 0;
  const siteOfRespondent: string[] = [];
  const teamOfRespondent: number[] = [];
  const assignments: number[] = [];
  scenario.teams.forEach((team, t) => {
    team.byLogic.forEach((n, l) => {
      for (let i = 0; i < n; i += 1) {
        siteOfRespondent.push(team.site);
        teamOfRespondent.push(t);
        assignments.push(l);
      }
    });
  });
  const names = Array.from({ length: logicCount }, (_, l) => `L${l}`);
  const discovery = {
    state: 'ok',
    respondents: assignments.length,
    criterion: { name: 'mean-silhouette', sampled: assignments.length, candidates: [], structure: 'weak' },
    stability: undefined,
    logics: names.map((_, index) => ({ index, size: 0, centroid: {}, distinctive: [] })),
    assignments,
    view: { explainedVariance: [0, 0], loadings: [], logics: [] },
  } as DiscoveredLogics;
  const bySite = (pick: (t: Scenario['teams'][number]) => number) => {
    const out: Record<string, number> = {};
    for (const t of scenario.teams) out[t.site] = (out[t.site] ?? 0) + pick(t);
    return out;
  };
  const notYetCountingBySite = bySite((t) => t.newcomers);
  const skippedModuleBySite = bySite((t) => t.skipped);
  const sites = [...new Set(scenario.teams.map((t) => t.site))].sort();
  const views = publishLogics({
    discovery,
    names,
    siteOfRespondent,
    window: 'w',
    k: scenario.k,
    publishedTotals: [sites],
    notYetCountingBySite,
    skippedModuleBySite,
  });
  const answers: AnswerVector[] = assignments.map(
    (_, i) => scenario.answers[i % scenario.answers.length] ?? [],
  );
  const evaluations = publishEvaluations({
    items,
    answers,
    siteOfRespondent,
    assignments,
    names,
    views,
    k: scenario.k,
    notYetCountingBySite,
    skippedModuleBySite,
    flagsShown: true,
  });
  return { views, evaluations, names, siteOfRespondent, teamOfRespondent, assignments };
}

/** The 0/1 vectors spanned by the figures, over their atoms, with their counts (exact span test). */
function isolatedBelowK(
  figures: readonly Figure[],
  cells: readonly string[],
  countOf: (cells: readonly string[]) => number,
  newcomersIn: (cells: readonly string[]) => number,
  k: number,
): string[] | undefined {
  const signature = new Map<string, string[]>();
  for (const cell of cells) {
    const sig = figures.map((f) => (f.cells.includes(cell) ? 1 : 0)).join('');
    signature.set(sig, [...(signature.get(sig) ?? []), cell]);
  }
  const atoms = [...signature.values()];
  const rows = figures.map((f) => atoms.map((atom) => (f.cells.includes(atom[0] as string) ? 1 : 0)));
  // Row echelon form of the figures over the atoms.
  const basis: { pivot: number; row: number[] }[] = [];
  const reduce = (vector: number[]) => {
    const v = [...vector];
    for (const { pivot, row } of basis) {
      const factor = v[pivot] as number;
      if (Math.abs(factor) > 1e-9)
        for (let j = 0; j < v.length; j += 1) v[j] = (v[j] as number) - factor * (row[j] as number);
    }
    return v;
  };
  for (const r of rows) {
    const v = reduce(r);
    const pivot = v.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) continue;
    const scale = v[pivot] as number;
    const row = v.map((x) => x / scale);
    for (const b of basis) {
      const factor = b.row[pivot] as number;
      if (Math.abs(factor) > 1e-9) b.row = b.row.map((x, j) => x - factor * (row[j] as number));
    }
    basis.push({ pivot, row });
  }
  for (let mask = 1; mask < 1 << atoms.length; mask += 1) {
    const vector = atoms.map((_, a) => ((mask >> a) & 1 ? 1 : 0));
    if (reduce(vector).some((x) => Math.abs(x) > 1e-9)) continue;
    const set = atoms.flatMap((atom, a) => ((mask >> a) & 1 ? atom : []));
    const n = countOf(set);
    if (n > 0 && n - newcomersIn(set) < k) return set;
  }
  return undefined;
}

describe('advisor logics: anonymity across every published figure', () => {
  it('no logic figure under k counted respondents, and no combination with the pulse counts isolates a group below k', () => {
    let centresShown = 0;
    let sitesShown = 0;
    let ratingsShown = 0;
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const { views, evaluations, names, teamOfRespondent, assignments } = run(scenario);
        const { k } = scenario;
        const teamIds = scenario.teams.map((_, t) => `T${t}`);
        const logicIds = [...names.map((_, l) => String(l)), 'skip'];
        const cells = teamIds.flatMap((t) => logicIds.map((l) => `${t}|${l}`));
        const count = new Map<string, number>();
        assignments.forEach((l, i) => {
          const cell = `T${teamOfRespondent[i]}|${l}`;
          count.set(cell, (count.get(cell) ?? 0) + 1);
        });
        scenario.teams.forEach((team, t) => {
          count.set(`T${t}|skip`, team.skipped);
        });
        const countOf = (set: readonly string[]) => set.reduce((s, c) => s + (count.get(c) ?? 0), 0);
        // Worst case: every newcomer of a team with someone in the set is in it.
        const newcomersIn = (set: readonly string[]) =>
          [
            ...new Set(
              set.filter((c) => (count.get(c) ?? 0) > 0).map((c) => Number(c.slice(1, c.indexOf('|')))),
            ),
          ].reduce((s, t) => s + (scenario.teams[t]?.newcomers ?? 0), 0);
        const teamsOfSites = (siteList: readonly string[]) =>
          scenario.teams.flatMap((team, t) => (siteList.includes(team.site) ? [t] : []));
        const cellsOf = (teams: readonly number[], logics: readonly string[]) =>
          teams.flatMap((t) => logics.map((l) => `T${t}|${l}`));

        // The pulse's respondent counts of the week: centre, each site, each team, where the
        // pulse would show them (k counted respondents).
        const pulse: Figure[] = [];
        const allSites = [...new Set(scenario.teams.map((t) => t.site))];
        for (const group of [allSites, ...allSites.map((s) => [s])]) {
          const set = cellsOf(teamsOfSites(group), logicIds);
          if (countOf(set) - newcomersIn(set) >= k) pulse.push({ cells: set, count: countOf(set) });
        }
        scenario.teams.forEach((_, t) => {
          const set = cellsOf([t], logicIds);
          if (countOf(set) - newcomersIn(set) >= k) pulse.push({ cells: set, count: countOf(set) });
        });
        // Given pulse counts safe on their own (the pulse publication's own checks), ...
        fc.pre(isolatedBelowK(pulse, cells, countOf, newcomersIn, k) === undefined);

        const logicFigures: Figure[] = [];
        const published = views.filter(
          (v): v is Extract<PublishedLogicsView, { state: 'published' }> => v.state === 'published',
        );
        for (const view of published) {
          const scopeTeams = teamsOfSites(view.scope.level === 'centre' ? allSites : [view.scope.site]);
          const shown = view.logics.map((l) => String(names.indexOf(l.name)));
          const merged = names.map((_, l) => String(l)).filter((l) => !shown.includes(l));
          const groups = [
            ...view.logics.map((l) => ({
              name: l.name,
              size: l.size,
              logics: [String(names.indexOf(l.name))],
            })),
            ...(view.other ? [{ name: 'other', size: view.other.size, logics: merged }] : []),
          ];
          logicFigures.push({
            cells: cellsOf(
              scopeTeams,
              names.map((_, l) => String(l)),
            ),
            count: view.respondents,
          });
          for (const g of groups) {
            const set = cellsOf(scopeTeams, g.logics);
            expect(countOf(set)).toBe(g.size);
            // No logic figure is shown for fewer than k counted respondents, every newcomer of a
            // team with someone in the group counted out (a site with no module respondent has
            // none in any group: its newcomers are among its skippers).
            expect(g.size - newcomersIn(set)).toBeGreaterThanOrEqual(k);
            logicFigures.push({ cells: set, count: g.size });
          }
          const evaluation = evaluations.find((e) => JSON.stringify(e.scope) === JSON.stringify(view.scope));
          for (const item of evaluation?.items ?? []) {
            if (item.state !== 'shown') continue;
            ratingsShown += 1;
            for (const rating of item.byLogic) {
              const group = groups.find((g) => g.name === rating.group);
              expect(group).toBeDefined();
              const set = cellsOf(scopeTeams, group?.logics ?? []);
              // An evaluation's n is its group's size, itself a checked figure.
              expect(rating.n).toBe(countOf(set));
              expect(rating.n - newcomersIn(set)).toBeGreaterThanOrEqual(k);
              logicFigures.push({ cells: set, count: rating.n });
            }
          }
        }
        if (published.some((v) => v.scope.level === 'centre')) centresShown += 1;
        if (published.some((v) => v.scope.level === 'site')) sitesShown += 1;
        for (const f of [...pulse, ...logicFigures]) expect(countOf(f.cells)).toBe(f.count);
        // ... every set whose count follows from all the figures together holds 0 or ≥ k counted.
        expect(isolatedBelowK([...pulse, ...logicFigures], cells, countOf, newcomersIn, k)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    expect(centresShown).toBeGreaterThan(50);
    expect(sitesShown).toBeGreaterThan(10);
    expect(ratingsShown).toBeGreaterThan(50);
  });
});
