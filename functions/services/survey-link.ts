import type { Locale } from '../../shared/roster/index.js';
import type { Clock } from './ports/clock.port.js';
import type { SurveyLinkClaims, SurveyTokens } from './ports/survey-token.port.js';

/** Why a survey link cannot be answered: forged or altered (401), expired (410), already used. */
export class SurveyLinkError extends Error {
  override name = 'SurveyLinkError';
  constructor(
    readonly reason: 'invalid' | 'expired' | 'already-recorded',
    /** The person's language, when the link was good enough to know it. */
    readonly locale?: Locale,
  ) {
    super(`Survey link ${reason}`);
  }
}

/** Checks a link's token and that it is of the expected kind; throws SurveyLinkError otherwise. */
export async function checkLink<K extends SurveyLinkClaims['kind']>(
  tokens: SurveyTokens,
  clock: Clock,
  token: string,
  kind: K,
): Promise<Extract<SurveyLinkClaims, { kind: K }>> {
  const check = await tokens.check(token, clock.now());
  if (check.status === 'expired') throw new SurveyLinkError('expired');
  if (check.status !== 'valid' || check.claims.kind !== kind) throw new SurveyLinkError('invalid');
  return check.claims as Extract<SurveyLinkClaims, { kind: K }>;
}
