import {
  type CustomerAnswer,
  customerAnswerFromForm,
  customerAnswerSchema,
} from '../../shared/surveys/customer-response.schema.js';
import type { Clock } from './ports/clock.port.js';
import type { LogicsListsRepository } from './ports/logics-lists.port.js';
import type { PulseSeal } from './ports/pulse-seal.port.js';
import type {
  CustomerInvitation,
  CustomerResponseInvitation,
  SurveyRepository,
} from './ports/survey.port.js';
import type { SurveyTokens } from './ports/survey-token.port.js';
import { checkLink, SurveyLinkError } from './survey-link.js';
import { parseOrThrow } from './validation.js';

export interface SurveyDeps {
  readonly surveys: SurveyRepository;
  readonly tokens: SurveyTokens;
  readonly clock: Clock;
  /** A new random id (not derived from anything about the person). */
  readonly newId: () => string;
  /** Seals anonymous pulse answers before they are stored. */
  readonly pulseSeal: PulseSeal;
  /** The tools and methods rated in the pulse's monthly module; absent: none listed. */
  readonly logicsLists?: Pick<LogicsListsRepository, 'toolsAndMethods'> | undefined;
}

/**
 * The invitation behind a customer link, for showing the page. Reads only: opening a link
 * (a person, or a mail scanner) never records anything.
 */
export async function openCustomerSurvey(deps: SurveyDeps, token: string): Promise<CustomerInvitation> {
  const claims = await checkLink(deps.tokens, deps.clock, token, 'customer');
  const invitation = await deps.surveys.getCustomerInvitation(claims.invitationId);
  if (!invitation || invitation.advisorId !== claims.advisorId) throw new SurveyLinkError('invalid');
  if (invitation.answered) throw new SurveyLinkError('already-recorded', invitation.locale);
  return invitation;
}

/**
 * Records a customer's answers.
 * 1. check the token (signature, expiry); a link that carries its response context is used as
 *    is, an older one reads its invitation and checks that it matches the link's advisor
 * 2. validate the answers (satisfaction required), zod's messages in the invitation's language;
 *    a bad answer on a link that cannot be answered any more gets the link's problem first
 * 3. in one transaction: consume the invitation (it must exist, be unanswered and be the
 *    link's advisor's), store the response, raise the aggregate counters; a refused
 *    consumption records nothing and says why (unknown link, or already recorded)
 */
export async function recordCustomerSurvey(
  deps: SurveyDeps,
  token: string,
  form: Record<string, string | undefined>,
): Promise<{ invitation: CustomerResponseInvitation; answer: CustomerAnswer }> {
  const claims = await checkLink(deps.tokens, deps.clock, token, 'customer');
  const invitation: CustomerResponseInvitation = claims.response
    ? { invitationId: claims.invitationId, advisorId: claims.advisorId, ...claims.response }
    : await openCustomerSurvey(deps, token);
  let answer: CustomerAnswer;
  try {
    answer = parseOrThrow(customerAnswerSchema, customerAnswerFromForm(form), { locale: invitation.locale });
  } catch (error) {
    if (claims.response) await openCustomerSurvey(deps, token);
    throw error;
  }
  const result = await deps.surveys.recordCustomerResponse({ invitation, answer, responseId: deps.newId() });
  if (result === 'already-recorded') {
    // Unknown, another advisor's or answered: the invitation says which.
    if (claims.response) await openCustomerSurvey(deps, token);
    throw new SurveyLinkError('already-recorded', invitation.locale);
  }
  return { invitation, answer };
}
