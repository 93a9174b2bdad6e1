import { mondayOfIsoWeek } from '../time/windows.js';
import { answersOf, type PulseCell, type PulseMeasure } from './pulse-cells.js';

/**
 * A lower bound on the distinct advisors, counted toward k, behind one measure's answers over
 * a set of cells. Each advisor answers a week at most once, so the advisors who took part in
 * the weeks that asked the measure, less the answers there that skipped it, answered it at
 * least once: every participant who never answered it skipped it at least once. Advisors
 * count only from 28 days after joining the team, judged at the earliest week of the set, so
 * advisors added to a team cannot lift a group over k (their answers are still in the sums,
 * but k real advisors remain once they are subtracted).
 */
export function respondentBound(
  cells: readonly PulseCell[],
  measure: PulseMeasure,
): { readonly answers: number; readonly bound: number } {
  let earliest: string | undefined;
  for (const c of cells) if (earliest === undefined || c.week < earliest) earliest = c.week;
  const from = earliest ? mondayOfIsoWeek(earliest).toISOString().slice(0, 10) : '';
  const advisors = new Set<string>();
  let answers = 0;
  let skips = 0;
  for (const cell of cells) {
    if (!cell.asked.has(measure)) continue;
    const n = answersOf(cell, measure);
    answers += n;
    skips += cell.answers - n;
    for (const p of cell.participants) if (p.countsTowardKFrom <= from) advisors.add(p.advisorId);
  }
  return { answers, bound: advisors.size - skips };
}
