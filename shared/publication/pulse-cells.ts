import { addValue, emptyStats, type SufficientStats } from '../aggregates/sufficient-stats.js';
import { pulseWeekQuestions } from '../logics/ways-of-working-module.js';
import type { WorkMode } from '../roster/index.js';
import type { PulseDimension } from '../surveys/pulse-dimensions.js';
import { leafId } from './pulse-groups.js';

/** What a published figure reports: one pulse dimension (1–5 items) or the eNPS (0–10). */
export type PulseMeasure = PulseDimension | 'enps';

/** One anonymous answer as stored: its team, week and work mode, and item id → value. */
export interface AnonymousPulseAnswer {
  readonly teamId: string;
  readonly week: string;
  readonly workMode: WorkMode;
  readonly answers: Readonly<Record<string, number>>;
  /** The optional anonymous comment, sealed with the answers; published only by team-month (publish-comments.ts). */
  readonly comment?: string | undefined;
}

/**
 * "This advisor answered this week's pulse", from the answered invitation (participation is
 * known to the system, never shown per person). `countsTowardKFrom` (YYYY-MM-DD) is 28 days
 * after the advisor joined the team: before it, their answers are counted in figures but the
 * advisor never counts toward the anonymity threshold.
 */
export interface PulseParticipation {
  readonly advisorId: string;
  readonly teamId: string;
  readonly workMode: WorkMode;
  readonly week: string;
  readonly countsTowardKFrom: string;
}

export interface EnpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** The answers of one team × work mode × week: the unit every published figure is a sum of. */
export interface PulseCell {
  readonly key: string;
  readonly leaf: string;
  readonly week: string;
  /** Anonymous answers recorded in the cell (each advisor answers a week at most once). */
  answers: number;
  readonly asked: ReadonlySet<PulseMeasure>;
  readonly stats: Map<PulseDimension, SufficientStats>;
  enps: EnpsCounts;
  readonly participants: PulseParticipation[];
}

export const cellKey = (leaf: string, week: string): string => `${leaf}|${week}`;

/** Answers of one measure in a cell. */
export function answersOf(cell: PulseCell, measure: PulseMeasure): number {
  if (measure === 'enps') return cell.enps.promoters + cell.enps.passives + cell.enps.detractors;
  return cell.stats.get(measure)?.n ?? 0;
}

/** Recommendation 9–10 promoter, 7–8 passive, 0–6 detractor (eNPS, as NPS). */
function enpsAdd(counts: EnpsCounts, value: number): EnpsCounts {
  if (value >= 9) return { ...counts, promoters: counts.promoters + 1 };
  if (value >= 7) return { ...counts, passives: counts.passives + 1 };
  return { ...counts, detractors: counts.detractors + 1 };
}

/**
 * Groups a year's anonymous answers and participation into cells. Only cells with at least one
 * answer exist: a cell without answers adds nothing to any figure.
 */
export function buildPulseCells(
  answers: readonly AnonymousPulseAnswer[],
  participation: readonly PulseParticipation[],
): Map<string, PulseCell> {
  const cells = new Map<string, PulseCell>();
  const itemsByWeek = new Map<string, Map<string, PulseMeasure>>();
  const itemsOf = (week: string) => {
    let items = itemsByWeek.get(week);
    if (!items) {
      // The pulse items asked that week: in the monthly module's week, wellbeing (and eNPS)
      // only. Module answers (ways-of-working items, tool ratings) are in no pulse figure.
      items = new Map(pulseWeekQuestions(week, []).pulse.map((i) => [i.id, i.dimension]));
      itemsByWeek.set(week, items);
    }
    return items;
  };
  for (const answer of answers) {
    const leaf = leafId(answer.teamId, answer.workMode);
    const key = cellKey(leaf, answer.week);
    const items = itemsOf(answer.week);
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        key,
        leaf,
        week: answer.week,
        answers: 0,
        asked: new Set(items.values()),
        stats: new Map(),
        enps: { promoters: 0, passives: 0, detractors: 0 },
        participants: [],
      };
      cells.set(key, cell);
    }
    cell.answers += 1;
    for (const [itemId, value] of Object.entries(answer.answers)) {
      const measure = items.get(itemId);
      if (measure === undefined) continue;
      if (measure === 'enps') cell.enps = enpsAdd(cell.enps, value);
      else cell.stats.set(measure, addValue(cell.stats.get(measure) ?? emptyStats, value));
    }
  }
  for (const p of participation) {
    cells.get(cellKey(leafId(p.teamId, p.workMode), p.week))?.participants.push(p);
  }
  return cells;
}
