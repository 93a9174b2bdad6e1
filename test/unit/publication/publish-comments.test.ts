import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commentGroupMinimum,
  normaliseComment,
  type PublishedCommentSet,
  publishClosingComments,
} from '../../../shared/publication/publish-comments.js';
import type { PublishedPulseFigure } from '../../../shared/publication/published-figure.js';
import type { AnonymousPulseAnswer, PulseParticipation } from '../../../shared/publication/pulse-cells.js';
import { weeksOfIsoYear } from '../../../shared/publication/pulse-windows.js';
import { windowsOfWeek } from '../../../shared/time/windows.js';

/** The four weeks of the calendar month 2026-03 read from Thursdays: W10–W13 (W14's Thursday is 2 April). */
const march = ['2026-W10', '2026-W11', '2026-W12', '2026-W13'];

function month(respondents: number, options: { joinedLate?: number; weeks?: readonly string[] } = {}) {
  const answers: AnonymousPulseAnswer[] = [];
  const participation: PulseParticipation[] = [];
  for (let a = 0; a < respondents; a++) {
    for (const week of options.weeks ?? march) {
      participation.push({
        advisorId: `A${a}`,
        teamId: 't1',
        workMode: 'on-site',
        week,
        countsTowardKFrom: a < (options.joinedLate ?? 0) ? '2026-03-20' : '2025-01-01',
      });
      answers.push({
        teamId: 't1',
        week,
        workMode: 'on-site',
        answers: { 'wellbeing-week': 4 },
        comment: `commentaire ${a} ${week}`,
      });
    }
  }
  return { answers, participation };
}

const monthFigure = (group: string): PublishedPulseFigure => ({
  group,
  window: { kind: 'month', id: '2026-03' },
  firstWeek: '2026-W10',
  lastWeek: '2026-W13',
  leaves: ['t1/on-site'],
  dimensions: { wellbeing: { n: 40, sum: 160, sumSq: 640 } },
});

describe('published pulse comments', () => {
  it('checks the month the tests rely on', () => {
    for (const w of march) expect(windowsOfWeek(w).find((x) => x.kind === 'month')?.id).toBe('2026-03');
    expect(windowsOfWeek('2026-W14').find((x) => x.kind === 'month')?.id).toBe('2026-04');
  });

  it('a team month of 9 respondents is never shown; of 10 it is, texts sorted, with no week or time', () => {
    const nine = month(9);
    expect(
      publishClosingComments({
        teamIds: ['t1'],
        week: '2026-W13',
        ...nine,
        figures: [monthFigure('team:t1')],
      }),
    ).toEqual([]);
    const ten = month(10);
    const sets = publishClosingComments({
      teamIds: ['t1'],
      week: '2026-W13',
      ...ten,
      figures: [monthFigure('team:t1')],
    });
    expect(sets).toHaveLength(1);
    const [set] = sets as [PublishedCommentSet];
    expect(set).toMatchObject({ teamId: 't1', window: { kind: 'month', id: '2026-03' }, respondents: 10 });
    expect(set.comments).toHaveLength(40);
    expect([...set.comments]).toEqual([...set.comments].sort());
    expect(Object.keys(set).sort()).toEqual([
      'comments',
      'firstWeek',
      'lastWeek',
      'respondents',
      'teamId',
      'window',
    ]);
  });

  it('needs the month figure published this week, and the month to close with this week', () => {
    const ten = month(10);
    expect(publishClosingComments({ teamIds: ['t1'], week: '2026-W13', ...ten, figures: [] })).toEqual([]);
    expect(
      publishClosingComments({
        teamIds: ['t1'],
        week: '2026-W13',
        ...ten,
        figures: [monthFigure('site:lyon')],
      }),
    ).toEqual([]);
    expect(
      publishClosingComments({
        teamIds: ['t1'],
        week: '2026-W12',
        ...ten,
        figures: [monthFigure('team:t1')],
      }),
    ).toEqual([]);
  });

  it('advisors who did not count toward k from the month’s first day do not lift it to 10', () => {
    const late = month(11, { joinedLate: 2 });
    expect(
      publishClosingComments({
        teamIds: ['t1'],
        week: '2026-W13',
        ...late,
        figures: [monthFigure('team:t1')],
      }),
    ).toEqual([]);
    const enough = month(12, { joinedLate: 2 });
    expect(
      publishClosingComments({
        teamIds: ['t1'],
        week: '2026-W13',
        ...enough,
        figures: [monthFigure('team:t1')],
      })[0]?.respondents,
    ).toBe(10);
  });

  it('over a year of closing weeks, every comment is published at most once and only with ≥ 10 respondents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 52, maxLength: 52 }),
        (respondentsPerWeek) => {
          const weeks = weeksOfIsoYear(2026).slice(0, 52);
          const answers: AnonymousPulseAnswer[] = [];
          const participation: PulseParticipation[] = [];
          weeks.forEach((week, i) => {
            for (let a = 0; a < (respondentsPerWeek[i] ?? 0); a++) {
              participation.push({
                advisorId: `A${a}`,
                teamId: 't1',
                workMode: 'remote',
                week,
                countsTowardKFrom: '2025-01-01',
              });
              answers.push({ teamId: 't1', week, workMode: 'remote', answers: {}, comment: `${week}#${a}` });
            }
          });
          const seen = new Map<string, number>();
          for (const week of weeks) {
            const monthId = windowsOfWeek(week).find((w) => w.kind === 'month')?.id ?? '';
            const figures = [{ ...monthFigure('team:t1'), window: { kind: 'month' as const, id: monthId } }];
            for (const set of publishClosingComments({
              teamIds: ['t1'],
              week,
              answers,
              participation,
              figures,
            })) {
              expect(set.respondents).toBeGreaterThanOrEqual(commentGroupMinimum);
              for (const c of set.comments) seen.set(c, (seen.get(c) ?? 0) + 1);
              // Every comment belongs to a week of the set's month.
              for (const c of set.comments) {
                const w = c.split('#')[0] as string;
                expect(windowsOfWeek(w).find((x) => x.kind === 'month')?.id).toBe(set.window.id);
              }
            }
          }
          for (const count of seen.values()) expect(count).toBe(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a comment as text: trimmed, control characters out, blank means none', () => {
    expect(normaliseComment('  Trop de rappels\u0007 cette semaine \r\n\r\n\r\n\r\nMerci  ')).toBe(
      'Trop de rappels  cette semaine \n\nMerci',
    );
    expect(normaliseComment(' \n\t ')).toBeUndefined();
    expect(normaliseComment(undefined)).toBeUndefined();
  });
});
