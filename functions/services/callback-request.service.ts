import {
  callbackRequestFromForm,
  callbackRequestSchema,
  contactKindOf,
  followUpOf,
} from '../../shared/surveys/callback-request.schema.js';
import type { AnsweredResponse, CallbackListing, CallbackRepository } from './ports/callback.port.js';
import type { Clock } from './ports/clock.port.js';
import type { SurveyTokens } from './ports/survey-token.port.js';
import { checkLink, SurveyLinkError } from './survey-link.js';
import { parseOrThrow } from './validation.js';

export interface CallbackDeps {
  readonly tokens: SurveyTokens;
  readonly clock: Clock;
  readonly callbacks: CallbackRepository;
}

/**
 * The answered response behind a customer link, when it may ask to be called back: the link is
 * genuine and unexpired, its invitation was answered, and the score was 0–6. Anything else is
 * the invalid-link refusal (nothing to call back about). Reads only.
 */
export async function openCallback(deps: CallbackDeps, token: string): Promise<AnsweredResponse> {
  const claims = await checkLink(deps.tokens, deps.clock, token, 'customer');
  const response = await deps.callbacks.answeredResponse(claims.invitationId, claims.advisorId);
  if (!response) throw new SurveyLinkError('invalid');
  if (followUpOf(response.satisfaction) !== 'callback') throw new SurveyLinkError('invalid', response.locale);
  return response;
}

/**
 * Stores a customer's callback request, tied to the response's team (never to an advisor's
 * pulse): the contact they typed and their consent, validated first (ValidationError naming the
 * field, nothing stored); once per response.
 */
export async function requestCallback(
  deps: CallbackDeps,
  response: AnsweredResponse,
  form: Record<string, string | undefined>,
): Promise<'stored' | 'already-requested'> {
  const input = parseOrThrow(callbackRequestSchema, callbackRequestFromForm(form), {
    locale: response.locale,
  });
  return deps.callbacks.requestCallback({
    responseId: response.responseId,
    teamId: response.teamId,
    score: response.satisfaction,
    channel: response.channel,
    locale: response.locale,
    requestedAt: deps.clock.now().toISOString(),
    contactKind: contactKindOf(input.contact),
    contact: input.contact,
  });
}

/** A team's requests: open ones first, newest first, then the handled ones, latest handled first. */
export async function teamCallbacks(deps: Pick<CallbackDeps, 'callbacks'>, teamId: string) {
  const all = await deps.callbacks.listCallbacks(teamId);
  const open = all.filter((c): c is Extract<CallbackListing, { state: 'open' }> => c.state === 'open');
  const handled = all.filter(
    (c): c is Extract<CallbackListing, { state: 'handled' }> => c.state === 'handled',
  );
  open.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  handled.sort((a, b) => b.handledAt.localeCompare(a.handledAt));
  return { open, handled };
}
