import {
  type ActionInput,
  actionInputSchema,
  type TeamAction,
} from '../../../shared/actions/action.schema.js';
import { type ActionEffect, actionEffect } from '../../../shared/analytics/action-effect.js';
import { isRealIsoWeek } from '../../../shared/roster/ids.schema.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { mondayOfIsoWeek } from '../../../shared/time/windows.js';
import { type AnalyticsDeps, analysisWeeks, teamAnalysis } from '../analytics.service.js';
import { type FieldProblem, NotFoundError, ValidationError } from '../errors.js';
import type { ActionRepository } from '../ports/action.port.js';
import type { CallerScope } from '../scope.js';
import { canAccessTeam } from '../scope.js';
import { formatPath } from '../validation.js';

export interface TeamActionsDeps extends AnalyticsDeps {
  readonly actions: ActionRepository;
  readonly newId: () => string;
}

/** Weeks before an action that its effect compares (and the weeks after it). */
export const actionEffectWeeks = 4;
/** The longest range read to compare actions (the analysis's own limit). */
const maxEffectRangeWeeks = 104;
const weekMs = 7 * 86_400_000;

/**
 * The weeks an action may be recorded for: from the first week of the team's default analysis
 * range (26 complete weeks) to the current week; never a week in the future.
 */
export function actionWeekRange(deps: Pick<AnalyticsDeps, 'clock'>): { first: string; last: string } {
  const weeks = analysisWeeks(deps.clock);
  return { first: weeks[0] ?? isoWeekOf(deps.clock.now()), last: isoWeekOf(deps.clock.now()) };
}

/** Every week an action may be recorded for, oldest first (see actionWeekRange). */
export function actionWeeks(deps: Pick<AnalyticsDeps, 'clock'>): string[] {
  const weeks = analysisWeeks(deps.clock);
  const current = isoWeekOf(deps.clock.now());
  return weeks.includes(current) ? weeks : [...weeks, current];
}

/** The form's week when it names a real ISO week, whatever else is wrong with the form. */
function weekOf(input: unknown): string | undefined {
  const week = (input as { week?: unknown } | null)?.week;
  return typeof week === 'string' && isRealIsoWeek(week.trim()) ? week.trim() : undefined;
}

async function assertTeam(deps: TeamActionsDeps, scope: CallerScope, teamId: string) {
  if (!canAccessTeam(scope, teamId) || !(await deps.roster.getTeams([teamId])).get(teamId))
    throw new NotFoundError(`No team "${teamId}"`);
}

/**
 * Records a manager's action for a team.
 * 1. the team is in the caller's scope and exists (404 otherwise, like an unknown id)
 * 2. validate the form (what, who, week, alert), naming every bad field
 * 3. the week is inside the team's analysed range and not in the future
 * 4. store it once, with a fresh id, who recorded it and when
 */
export async function recordTeamAction(
  deps: TeamActionsDeps,
  scope: CallerScope,
  teamId: string,
  input: unknown,
  createdBy: string,
): Promise<TeamAction> {
  await assertTeam(deps, scope, teamId);
  const result = actionInputSchema.safeParse(input);
  const problems: FieldProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const range = actionWeekRange(deps);
  const week = result.success ? result.data.week : weekOf(input);
  if (week !== undefined && week > range.last)
    problems.push({ path: 'week', message: `week: not in the future (at most ${range.last})` });
  else if (week !== undefined && week < range.first)
    problems.push({ path: 'week', message: `week: inside the analysed range (from ${range.first})` });
  if (!result.success || problems.length > 0) throw new ValidationError(problems);
  const parsed: ActionInput = result.data;
  const action: TeamAction = {
    teamId,
    actionId: deps.newId(),
    what: parsed.what,
    who: parsed.who,
    week: parsed.week,
    alert: parsed.alert,
    createdBy,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.actions.addAction(action);
  return action;
}

/** An action with its before/after effect on both sides. */
export interface ActionWithEffect {
  readonly action: TeamAction;
  readonly effect: ActionEffect;
}

/**
 * A team's actions, each with its before/after effect on wellbeing and customer satisfaction.
 * 1. the team is in scope and exists (404 otherwise)
 * 2. read its actions (none: nothing else is read)
 * 3. read the team's analysis over its default range, widened back to the weeks before the
 *    earliest action (at most 104 weeks), from the published figures and aggregates only
 * 4. compute each action's effect (shared/analytics/action-effect.ts)
 */
export async function teamActionsWithEffects(
  deps: TeamActionsDeps,
  scope: CallerScope,
  teamId: string,
): Promise<ActionWithEffect[]> {
  await assertTeam(deps, scope, teamId);
  const actions = await deps.actions.listActions(teamId);
  if (actions.length === 0) return [];
  const weeks = analysisWeeks(deps.clock);
  const last = weeks.at(-1) ?? isoWeekOf(deps.clock.now());
  const earliest = [weeks[0] ?? last, ...actions.map((a) => a.week)].sort()[0] ?? last;
  const lastMonday = mondayOfIsoWeek(last).getTime();
  const wanted =
    Math.round((lastMonday - mondayOfIsoWeek(earliest).getTime()) / weekMs) + 1 + actionEffectWeeks;
  const span = Math.min(maxEffectRangeWeeks, Math.max(weeks.length, wanted));
  const from = isoWeekOf(new Date(lastMonday - (span - 1) * weekMs));
  const analysis = await teamAnalysis(deps, scope, teamId, { from, to: last });
  return actions.map((action) => ({
    action,
    effect: actionEffect(analysis.weeks, action.week, {
      weeksBefore: actionEffectWeeks,
      weeksAfter: actionEffectWeeks,
    }),
  }));
}
