import type { Advisor } from '../roster/index.js';

/** Days in a team before an advisor counts toward the anonymity threshold (DESIGN.md §8). */
export const daysBeforeCountingTowardK = 28;

/**
 * The day (YYYY-MM-DD) from which an advisor counts toward k in their team: 28 days after they
 * joined it, the later of their start date and the day the roster write put them there
 * (`teamJoinedOn`, kept by the roster service). An integration key that adds advisors cannot
 * lift a small group over k: its advisors' answers are counted, never the advisors.
 */
export function countsTowardKFrom(advisor: Advisor & { readonly teamJoinedOn?: string | undefined }): string {
  const joined = advisor.teamJoinedOn ?? advisor.startDate;
  const day = [joined, advisor.startDate].sort().at(-1) ?? advisor.startDate;
  return new Date(Date.parse(`${day}T00:00:00Z`) + daysBeforeCountingTowardK * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
