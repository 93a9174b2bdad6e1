import {
  asksWaysOfWorking,
  pulseWeekQuestions,
  type WaysOfWorkingItem,
} from '../../shared/logics/ways-of-working-module.js';
import type { Locale } from '../../shared/roster/index.js';
import type { PulseItem } from '../../shared/surveys/pulse-bank.js';
import type { SurveyDeps } from './customer-survey.service.js';
import type { FieldProblem } from './errors.js';
import { ValidationError } from './errors.js';
import type { PulseInvitation } from './ports/survey.port.js';
import { pulseCommentFromForm } from './pulse-comment.js';
import { checkLink, SurveyLinkError } from './survey-link.js';

/**
 * The pulse's week is closed (its figures are published, or its links expired while the page
 * was open): no answer is taken, and nothing of the form is kept. `period` is absent when the
 * link itself had expired (its week is not read from an expired link).
 */
export class PulseWeekClosedError extends Error {
  override name = 'PulseWeekClosedError';
  constructor(
    readonly locale: Locale | undefined,
    readonly period: string | undefined,
    /** True on a form sent back: the advisor had typed answers, which were not kept. */
    readonly whileAnswering: boolean,
  ) {
    super(`Pulse week ${period ?? ''} closed`);
  }
}

/** What a pulse page asks: the week's pulse items and, one week a month, the ways-of-working module. */
export interface OpenedPulse {
  readonly invitation: PulseInvitation;
  readonly items: PulseItem[];
  readonly waysOfWorking: WaysOfWorkingItem[];
}

/**
 * The invitation and its questions, for showing the pulse page; reads only. A week whose
 * figures are published is closed (PulseWeekClosedError), so the page says so before anyone
 * types an answer. In the module's week the centre's tools and methods list is read for their
 * ratings (issue 12).
 */
export async function openPulseSurvey(
  deps: SurveyDeps,
  token: string,
  whileAnswering = false,
): Promise<OpenedPulse> {
  const claims = await checkLink(deps.tokens, deps.clock, token, 'pulse').catch((error: unknown) => {
    // A pulse link expires when its week's links close: the week closed.
    if (error instanceof SurveyLinkError && error.reason === 'expired')
      throw new PulseWeekClosedError(undefined, undefined, whileAnswering);
    throw error;
  });
  const invitation = await deps.surveys.getPulseInvitation(claims.invitationId);
  if (!invitation || invitation.period !== claims.period) throw new SurveyLinkError('invalid');
  if (invitation.answered) throw new SurveyLinkError('already-recorded', invitation.locale);
  if (await deps.surveys.pulseWeekPublished(invitation.period))
    throw new PulseWeekClosedError(invitation.locale, invitation.period, whileAnswering);
  const tools =
    asksWaysOfWorking(invitation.period) && deps.logicsLists ? await deps.logicsLists.toolsAndMethods() : [];
  const { pulse, waysOfWorking } = pulseWeekQuestions(invitation.period, tools);
  return { invitation, items: pulse, waysOfWorking };
}

/** The codes of the pulse form's refusals, which the page words in the advisor's language. */
export const pulseProblemCodes = { outOfRange: 'pulse-out-of-range', empty: 'pulse-empty' } as const;

/** Reads the form: one field per item id; empty means skipped. At least one answer is needed. */
export function pulseAnswersFromForm(
  items: readonly Pick<PulseItem, 'id' | 'scale'>[],
  form: Record<string, string | undefined>,
): { itemAnswers: Record<string, number> } {
  const problems: FieldProblem[] = [];
  const itemAnswers: Record<string, number> = {};
  for (const item of items) {
    const raw = form[item.id]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < item.scale.min || value > item.scale.max) {
      problems.push({
        path: item.id,
        message: `choose a whole number from ${item.scale.min} to ${item.scale.max}`,
        code: pulseProblemCodes.outOfRange,
        values: { min: String(item.scale.min), max: String(item.scale.max) },
      });
      continue;
    }
    itemAnswers[item.id] = value;
  }
  if (problems.length) throw new ValidationError(problems);
  if (Object.keys(itemAnswers).length === 0) {
    throw new ValidationError([
      {
        path: items[0]?.id ?? '(form)',
        message: 'answer at least one question',
        code: pulseProblemCodes.empty,
      },
    ]);
  }
  return { itemAnswers };
}

/**
 * Records an advisor's anonymous pulse.
 * 1. check the token and its invitation
 * 2. validate the answers against the period's items (in the module's week, its items too)
 * 3. seal the work mode, the answers (module items among them, by item id) and the optional
 *    comment: one sealed length whatever it holds
 * 4. in one transaction: consume the invitation (participation) and write the sealed answer to
 *    the pulse table with a fresh random id, and nothing else; a week published meanwhile
 *    refuses it (PulseWeekClosedError: nothing is kept)
 */
export async function recordPulseSurvey(
  deps: SurveyDeps,
  token: string,
  form: Record<string, string | undefined>,
): Promise<PulseInvitation> {
  const { invitation, items, waysOfWorking } = await openPulseSurvey(deps, token, true);
  const { itemAnswers } = pulseAnswersFromForm([...items, ...waysOfWorking], form);
  const comment = pulseCommentFromForm(form);
  const sealed = await deps.pulseSeal.seal({
    workMode: invitation.workMode,
    answers: itemAnswers,
    ...(comment ? { comment } : {}),
  });
  const result = await deps.surveys.recordPulseAnswer({ invitation, sealed, answerId: deps.newId() });
  if (result === 'already-recorded') throw new SurveyLinkError('already-recorded', invitation.locale);
  if (result === 'closed') throw new PulseWeekClosedError(invitation.locale, invitation.period, true);
  return invitation;
}
