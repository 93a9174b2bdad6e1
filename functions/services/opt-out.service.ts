import type { Clock } from './ports/clock.port.js';
import type { DispatchRepository } from './ports/survey.port.js';
import type { SurveyTokens } from './ports/survey-token.port.js';
import { checkLink } from './survey-link.js';

/** One-click unsubscribe (RFC 8058): the link's token names the customer by keyed hash only. */
export async function unsubscribeCustomer(
  deps: { dispatch: DispatchRepository; tokens: SurveyTokens; clock: Clock },
  token: string,
): Promise<void> {
  const claims = await checkLink(deps.tokens, deps.clock, token, 'unsubscribe');
  await deps.dispatch.unsubscribe(claims.customerKey, deps.clock.now().toISOString());
}

/** Addresses that bounced for good or complained never get another survey. */
export async function suppressAddresses(
  deps: { dispatch: DispatchRepository; clock: Clock; customerKey: (email: string) => string },
  entries: readonly { email: string; reason: 'bounce' | 'complaint' }[],
): Promise<number> {
  for (const entry of entries) {
    await deps.dispatch.suppress(deps.customerKey(entry.email), entry.reason, deps.clock.now().toISOString());
  }
  return entries.length;
}
