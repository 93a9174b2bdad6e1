import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pulseWeekQuestions } from '../../../shared/logics/ways-of-working-module.js';
import { publishWeeksInTurn } from '../../../shared/publication/publish-week.js';
import type { PublishedPulseFigure } from '../../../shared/publication/published-figure.js';
import {
  type AnonymousPulseAnswer,
  buildPulseCells,
  cellKey,
  type PulseMeasure,
  type PulseParticipation,
} from '../../../shared/publication/pulse-cells.js';
import { leafId, type TeamOfCentre } from '../../../shared/publication/pulse-groups.js';
import { weeksOfWindow } from '../../../shared/publication/pulse-windows.js';
import type { ManagementProfile, WorkMode } from '../../../shared/roster/index.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { consecutiveWeeks } from '../../../shared/time/windows.js';
import { disclosureViolations, type KnownAnswer } from './disclosure-checker.js';

const k = 5;
const profiles: ManagementProfile[] = ['teacher', 'always-on', 'connector', 'cheerleader'];
const modes: WorkMode[] = ['on-site', 'remote', 'hybrid'];

interface Centre {
  teams: TeamOfCentre[];
  weeks: string[];
  answers: AnonymousPulseAnswer[];
  participation: PulseParticipation[];
  known: KnownAnswer[];
}

/** Random centres: a few teams of 1–9 advisors, mixed work modes and join dates, patchy answers. */
const centres = fc
  .record({
    teams: fc.array(
      fc.record({
        site: fc.integer({ min: 0, max: 1 }),
        profile: fc.integer({ min: 0, max: 3 }),
        advisors: fc.array(
          fc.record({
            mode: fc.integer({ min: 0, max: 2 }),
            joinedWeekOffset: fc.integer({ min: -12, max: 8 }),
          }),
          { minLength: 1, maxLength: 9 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    firstWeek: fc.integer({ min: 7, max: 11 }),
    weekCount: fc.integer({ min: 4, max: 9 }),
    participation: fc.double({ min: 0.3, max: 1, noNaN: true }),
    itemRate: fc.double({ min: 0.5, max: 1, noNaN: true }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map((spec): Centre => {
    let state = spec.seed;
    const random = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const weeks = consecutiveWeeks(
      `2026-W${String(spec.firstWeek).padStart(2, '0')}`,
      spec.weekCount,
      isoWeekOf,
    );
    const firstMonday = Date.parse('2026-01-05T00:00:00Z') + (spec.firstWeek - 2) * 7 * 86_400_000;
    const teams = spec.teams.map((t, i) => ({
      teamId: `T${i}`,
      site: `S${t.site}`,
      managementProfile: profiles[t.profile] as ManagementProfile,
    }));
    const answers: AnonymousPulseAnswer[] = [];
    const participation: PulseParticipation[] = [];
    const known: KnownAnswer[] = [];
    spec.teams.forEach((t, ti) => {
      t.advisors.forEach((a, ai) => {
        const advisorId = `T${ti}-A${ai}`;
        const workMode = modes[a.mode] as WorkMode;
        const countsTowardKFrom = new Date(firstMonday + (a.joinedWeekOffset * 7 + 28) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        for (const week of weeks) {
          if (random() >= spec.participation) continue;
          // The pulse items as the week asks them (the module's week: wellbeing and eNPS only).
          const items = pulseWeekQuestions(week, []).pulse;
          const values: Record<string, number> = {};
          const byMeasure: Record<string, number> = {};
          for (const item of items) {
            if (random() >= spec.itemRate) continue;
            const v = item.scale.min + Math.floor(random() * (item.scale.max - item.scale.min + 1));
            values[item.id] = v;
            byMeasure[item.dimension] = v;
          }
          if (Object.keys(values).length === 0) continue;
          const teamId = `T${ti}`;
          answers.push({ teamId, week, workMode, answers: values });
          participation.push({ advisorId, teamId, workMode, week, countsTowardKFrom });
          known.push({
            advisorId,
            cell: cellKey(leafId(teamId, workMode), week),
            week,
            values: byMeasure,
            countsTowardKFrom,
          });
        }
      });
    });
    return { teams, weeks, answers, participation, known };
  });

function scopeCells(figure: PublishedPulseFigure): Set<string> {
  const weeks = weeksOfWindow(figure.window, Number(figure.firstWeek.slice(0, 4)));
  return new Set(weeks.flatMap((w) => figure.leaves.map((leaf) => cellKey(leaf, w))));
}

const measuresOf = (figure: PublishedPulseFigure): PulseMeasure[] => [
  ...(Object.keys(figure.dimensions) as PulseMeasure[]),
  ...(figure.enps ? (['enps'] as const) : []),
];

describe('pulse publication, every window published in turn', () => {
  it('lets no group of 1 to k−1 advisors be derived from everything published, by any linear combination', () => {
    let published = 0;
    fc.assert(
      fc.property(centres, (centre) => {
        const figures = publishWeeksInTurn({
          teams: centre.teams,
          weeks: centre.weeks,
          cells: buildPulseCells(centre.answers, centre.participation),
          k,
        });
        published += figures.length;
        const measures = new Set(figures.flatMap(measuresOf));
        for (const measure of measures) {
          const scopes = figures
            .filter((f) => measuresOf(f).includes(measure))
            .map((f) => ({ cells: scopeCells(f) }));
          expect(disclosureViolations(scopes, centre.known, measure, k)).toEqual([]);
        }
        for (const figure of figures) {
          const cells = scopeCells(figure);
          const inScope = centre.known.filter((a) => cells.has(a.cell));
          for (const [measure, stats] of Object.entries(figure.dimensions)) {
            const values = inScope.flatMap((a) =>
              a.values[measure] === undefined ? [] : [a.values[measure]],
            );
            expect(stats).toEqual({
              n: values.length,
              sum: values.reduce((s, v) => s + (v ?? 0), 0),
              sumSq: values.reduce((s, v) => s + (v ?? 0) ** 2, 0),
            });
          }
        }
      }),
      { seed: 20261130, numRuns: 120 },
    );
    expect(published).toBeGreaterThan(100);
  });

  it('publishes a team of eight steady advisors every week, and hides a ninth who joined last week', () => {
    const teams = [{ teamId: 'A', site: 'Lyon', managementProfile: 'connector' as const }];
    const weeks = consecutiveWeeks('2026-W10', 4, isoWeekOf);
    const answers: AnonymousPulseAnswer[] = [];
    const participation: PulseParticipation[] = [];
    for (const week of weeks) {
      for (let a = 0; a < 8; a++) {
        answers.push({ teamId: 'A', week, workMode: 'on-site', answers: { 'wellbeing-week': 1 + (a % 5) } });
        participation.push({
          advisorId: `A${a}`,
          teamId: 'A',
          workMode: 'on-site',
          week,
          countsTowardKFrom: '2026-01-01',
        });
      }
      // A remote newcomer: counted in no group's k, so "remote" is never published alone.
      answers.push({ teamId: 'A', week, workMode: 'remote', answers: { 'wellbeing-week': 5 } });
      participation.push({
        advisorId: 'new',
        teamId: 'A',
        workMode: 'remote',
        week,
        countsTowardKFrom: '2026-12-01',
      });
    }
    const figures = publishWeeksInTurn({ teams, weeks, cells: buildPulseCells(answers, participation), k });
    const teamWeeks = figures.filter((f) => f.group === 'team:A' && f.window.kind === 'week');
    expect(teamWeeks.map((f) => f.dimensions.wellbeing?.n)).toEqual([9, 9, 9, 9]);
    expect(figures.filter((f) => f.group.includes('mode:'))).toEqual([]);
  });
});
