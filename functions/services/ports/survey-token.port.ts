import type { CustomerResponseContext } from './survey.port.js';

/** What a survey or unsubscribe link says, once its signature is checked. */
export type SurveyLinkClaims =
  | {
      readonly kind: 'customer';
      readonly invitationId: string;
      readonly advisorId: string;
      /** What the response records (links sent before it was carried have none). */
      readonly response?: CustomerResponseContext | undefined;
    }
  | { readonly kind: 'pulse'; readonly invitationId: string; readonly period: string }
  | { readonly kind: 'unsubscribe'; readonly customerKey: string };

export type TokenCheck =
  | { readonly status: 'valid'; readonly claims: SurveyLinkClaims }
  | { readonly status: 'expired' }
  | { readonly status: 'invalid' };

/** Signs and checks the expiring tokens carried by email links. */
export interface SurveyTokens {
  sign(claims: SurveyLinkClaims, expiresAt: Date): Promise<string>;
  check(token: string, now: Date): Promise<TokenCheck>;
}
