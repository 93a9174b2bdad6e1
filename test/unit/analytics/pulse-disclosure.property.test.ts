import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PulseAggregate, WindowKind } from '../../../shared/aggregates/aggregate.types.js';
import { pulseAggregateFromCounters } from '../../../shared/aggregates/aggregate-from-counters.js';
import {
  type CounterDelta,
  pulseAnswerDeltas,
  sumDeltas,
} from '../../../shared/aggregates/counter-deltas.js';
import { disclosePulse, type TeamOfCentre } from '../../../shared/analytics/pulse-disclosure.js';
import type { ManagementProfile, WorkMode } from '../../../shared/roster/index.js';
import { windowsOfWeek } from '../../../shared/time/windows.js';

const k = 5;
const allWeeks = [
  '2026-W05',
  '2026-W06',
  '2026-W07',
  '2026-W08',
  '2026-W09',
  '2026-W10',
  '2026-W11',
  '2026-W12',
];
const modes: WorkMode[] = ['on-site', 'remote', 'hybrid'];
const profiles: ManagementProfile[] = ['teacher', 'guardian', 'connector', 'always-on'];

interface Advisor {
  id: string;
  teamId: string;
  workMode: WorkMode;
}

const centreArbitrary = fc
  .record({
    teams: fc.array(
      fc.record({
        site: fc.integer({ min: 0, max: 2 }),
        profile: fc.integer({ min: 0, max: 3 }),
        modes: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 12 }),
        participation: fc.double({ min: 0.1, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    weeks: fc.integer({ min: 2, max: 8 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map(({ teams, weeks, seed }) => {
    let state = seed;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const teamList: TeamOfCentre[] = teams.map((t, i) => ({
      teamId: `T${i}`,
      site: `S${t.site}`,
      managementProfile: profiles[t.profile] as ManagementProfile,
    }));
    const advisors: Advisor[] = teams.flatMap((t, i) =>
      t.modes.map((m, j) => ({ id: `T${i}A${j}`, teamId: `T${i}`, workMode: modes[m] as WorkMode })),
    );
    const range = allWeeks.slice(0, weeks);
    const answered = new Set<string>();
    for (const a of advisors) {
      const p = teams[Number(a.teamId.slice(1))]?.participation ?? 0.5;
      for (const w of range) if (random() < p) answered.add(`${a.id}|${w}`);
    }
    return { teams: teamList, advisors, weeks: range, answered };
  });

/** Aggregates through the same counter deltas as live recording. */
function aggregatesOf(advisors: Advisor[], weeks: string[], answered: Set<string>): PulseAggregate[] {
  const deltas: CounterDelta[] = [];
  const seen = new Set<string>();
  for (const w of weeks) {
    for (const a of advisors) {
      if (!answered.has(`${a.id}|${w}`)) continue;
      const windows = windowsOfWeek(w);
      const firstInWindow = new Set<WindowKind>();
      for (const win of windows) {
        const key = `${a.id}|${win.kind}|${win.id}`;
        if (!seen.has(key)) firstInWindow.add(win.kind);
        seen.add(key);
      }
      deltas.push(
        ...pulseAnswerDeltas(
          { teamId: a.teamId, workMode: a.workMode, windows, firstInWindow },
          { dimensions: { wellbeing: 3 } },
        ),
      );
    }
  }
  const key = (d: CounterDelta['target']) =>
    d.kind === 'pulse-team' ? `${d.teamId}|${d.window.kind}|${d.window.id}|${d.workMode}` : '';
  return sumDeltas(deltas, key).map((total) => {
    const t = total.target;
    if (t.kind !== 'pulse-team') throw new Error('pulse only');
    return pulseAggregateFromCounters(
      { teamId: t.teamId, window: t.window, workMode: t.workMode },
      total.add,
    );
  });
}

function membersOf(groupId: string, advisors: Advisor[], teams: TeamOfCentre[]): Advisor[] {
  if (groupId === 'centre') return advisors;
  const [head, mode] = groupId.split('/mode:');
  const [kind, value] = (head ?? '').split(':') as [string, string];
  const teamIds = teams
    .filter((t) =>
      kind === 'site'
        ? t.site === value
        : kind === 'profile'
          ? t.managementProfile === value
          : t.teamId === value,
    )
    .map((t) => t.teamId);
  return advisors.filter((a) => teamIds.includes(a.teamId) && (!mode || a.workMode === mode));
}

describe('pulse disclosure (property)', () => {
  it('never shows a group below k, and no two shown figures differ by a hidden group', () => {
    fc.assert(
      fc.property(centreArbitrary, ({ teams, advisors, weeks, answered }) => {
        const result = disclosePulse({
          teams,
          weeks,
          aggregates: aggregatesOf(advisors, weeks, answered),
          k,
        });
        const figures = new Map<string, { answers: Set<string>; respondents: number }>();
        for (const [id, series] of result.series) {
          for (const f of series) {
            if (f.state !== 'shown') continue;
            const windowWeeks = weeks.filter((w) =>
              windowsOfWeek(w).some((x) => x.kind === f.window.kind && x.id === f.window.id),
            );
            const answers = new Set<string>();
            for (const a of membersOf(id, advisors, teams)) {
              for (const w of windowWeeks) if (answered.has(`${a.id}|${w}`)) answers.add(`${a.id}|${w}`);
            }
            const respondents = new Set([...answers].map((x) => x.split('|')[0])).size;
            expect(respondents).toBe(f.aggregate.respondents);
            expect(respondents).toBeGreaterThanOrEqual(k);
            figures.set(`${id}@${f.window.kind}:${f.window.id}`, { answers, respondents });
          }
        }
        const list = [...figures.values()];
        for (const a of list) {
          for (const b of list) {
            if (a === b || b.answers.size >= a.answers.size) continue;
            if (![...b.answers].every((x) => a.answers.has(x))) continue;
            const rest = new Set([...a.answers].filter((x) => !b.answers.has(x)).map((x) => x.split('|')[0]));
            expect(rest.size === 0 || rest.size >= k).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('widens a small team to a wider window only where none of its weeks is shown', () => {
    const teams: TeamOfCentre[] = [{ teamId: 'T0', site: 'S', managementProfile: 'connector' }];
    const advisors: Advisor[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
      id,
      teamId: 'T0',
      workMode: 'hybrid',
    }));
    const weeks = ['2026-W05', '2026-W06'];
    const answered = new Set(['a', 'b', 'c'].flatMap((id) => weeks.map((w) => `${id}|${w}`)));
    answered.add('d|2026-W05');
    answered.add('e|2026-W06');
    const result = disclosePulse({ teams, weeks, aggregates: aggregatesOf(advisors, weeks, answered), k });
    const team = result.series.get('team:T0') ?? [];
    expect(team.map((f) => f.state)).toEqual(['shown', 'shown']);
    expect(
      team.map((f) => (f.state === 'shown' ? `${f.window.kind}:${f.aggregate.respondents}` : '')),
    ).toEqual(['fortnight:5', 'fortnight:5']);
  });
});
