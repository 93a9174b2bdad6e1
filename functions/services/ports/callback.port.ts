import type { Channel, Locale } from '../../../shared/roster/index.js';
import type { CallbackContactKind } from '../../../shared/surveys/callback-request.schema.js';

/** The recorded customer response behind an answered invitation: what a callback request is tied to. */
export interface AnsweredResponse {
  readonly responseId: string;
  readonly teamId: string;
  readonly channel: Channel;
  readonly satisfaction: number;
  readonly locale: Locale;
}

/** A customer's request to be called back, as stored until a manager handles it. */
export interface CallbackRequest {
  readonly responseId: string;
  readonly teamId: string;
  /** The satisfaction score of the response (0–6). */
  readonly score: number;
  /** The channel of the contact the response is about. */
  readonly channel: Channel;
  readonly locale: Locale;
  /** ISO instant of the request. */
  readonly requestedAt: string;
  readonly contactKind: CallbackContactKind;
  /** The email or phone number the customer typed, only to call them back. */
  readonly contact: string;
}

/** One row of a team's callback list: open with its details, or handled with only its date. */
export type CallbackListing =
  | ({ readonly state: 'open' } & CallbackRequest)
  | { readonly state: 'handled'; readonly responseId: string; readonly handledAt: string };

/** Callback requests in the main table, one partition per team. */
export interface CallbackRepository {
  /**
   * The response recorded through this invitation, when the invitation is the advisor's and was
   * answered; undefined otherwise.
   */
  answeredResponse(invitationId: string, advisorId: string): Promise<AnsweredResponse | undefined>;
  /** Stores the request once per response: 'already-requested' when one exists (handled or not). */
  requestCallback(request: CallbackRequest): Promise<'stored' | 'already-requested'>;
  listCallbacks(teamId: string): Promise<CallbackListing[]>;
  /**
   * Deletes the contact details and everything but the handled date; false when the team has no
   * such request. Handling twice keeps the first date.
   */
  markHandled(teamId: string, responseId: string, at: string): Promise<boolean>;
}
