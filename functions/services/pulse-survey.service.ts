import type { PulseAnswerValues } from '../../shared/aggregates/counter-deltas.js';
import { type PulseItem, pulseItemsFor } from '../../shared/surveys/pulse-bank.js';
import type { PulseDimension } from '../../shared/surveys/pulse-dimensions.js';
import { windowsOfWeek } from '../../shared/time/windows.js';
import type { SurveyDeps } from './customer-survey.service.js';
import type { FieldProblem } from './errors.js';
import { ValidationError } from './errors.js';
import type { PulseInvitation } from './ports/survey.port.js';
import { checkLink, SurveyLinkError } from './survey-link.js';

/** The invitation and its items, for showing the pulse page; reads only. */
export async function openPulseSurvey(
  deps: SurveyDeps,
  token: string,
): Promise<{ invitation: PulseInvitation; items: PulseItem[] }> {
  const claims = await checkLink(deps.tokens, deps.clock, token, 'pulse');
  const invitation = await deps.surveys.getPulseInvitation(claims.invitationId);
  if (!invitation || invitation.period !== claims.period) throw new SurveyLinkError('invalid');
  if (invitation.answered) throw new SurveyLinkError('already-recorded', invitation.locale);
  return { invitation, items: pulseItemsFor(invitation.period) };
}

/** Reads the form: one field per item id; empty means skipped. At least one answer is needed. */
export function pulseAnswersFromForm(
  items: readonly PulseItem[],
  form: Record<string, string | undefined>,
): { itemAnswers: Record<string, number>; values: PulseAnswerValues } {
  const problems: FieldProblem[] = [];
  const itemAnswers: Record<string, number> = {};
  const dimensions: Partial<Record<PulseDimension, number>> = {};
  let enps: number | undefined;
  for (const item of items) {
    const raw = form[item.id]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < item.scale.min || value > item.scale.max) {
      problems.push({
        path: item.id,
        message: `choose a whole number from ${item.scale.min} to ${item.scale.max}`,
      });
      continue;
    }
    itemAnswers[item.id] = value;
    if (item.dimension === 'enps') enps = value;
    else dimensions[item.dimension] = value;
  }
  if (problems.length) throw new ValidationError(problems);
  if (Object.keys(itemAnswers).length === 0) {
    throw new ValidationError([{ path: items[0]?.id ?? '(form)', message: 'answer at least one question' }]);
  }
  return { itemAnswers, values: { dimensions, enps } };
}

/**
 * Records an advisor's anonymous pulse.
 * 1. check the token and its invitation
 * 2. validate the answers against the period's items
 * 3. find the wider windows (fortnight, month, quarter) this advisor has not answered in yet
 * 4. in one transaction: consume the invitation (participation), write the answer to the pulse
 *    table with a fresh random id and nothing else, mark participation per window, raise counters
 */
export async function recordPulseSurvey(
  deps: SurveyDeps,
  token: string,
  form: Record<string, string | undefined>,
): Promise<PulseInvitation> {
  const { invitation, items } = await openPulseSurvey(deps, token);
  const { itemAnswers, values } = pulseAnswersFromForm(items, form);
  const windows = windowsOfWeek(invitation.period);
  const answered = await deps.surveys.windowsAnswered(invitation.advisorId, windows);
  const firstInWindow = new Set(windows.map((w) => w.kind).filter((k) => !answered.has(k)));
  const result = await deps.surveys.recordPulseAnswer({
    invitation,
    itemAnswers,
    values,
    answerId: deps.newId(),
    windows,
    firstInWindow,
  });
  if (result === 'already-recorded') throw new SurveyLinkError('already-recorded', invitation.locale);
  return invitation;
}
