import type { Channel } from '../roster/index.js';
import type { SurveySettings } from './survey-settings.schema.js';

/** What the system knows of a customer, by the keyed hash of their email. */
export interface CustomerContactState {
  readonly lastSurveyedAt?: string | undefined;
  readonly unsubscribedAt?: string | undefined;
  readonly suppressed?: 'bounce' | 'complaint' | undefined;
}

export type Eligibility =
  | { readonly eligible: true }
  | {
      readonly eligible: false;
      readonly reason: 'unsubscribed' | 'suppressed' | 'quiet-period' | 'not-sampled';
    };

/**
 * Whether a contact gets a survey. `draw` in [0, 1) is the contact's own stable draw (from a hash
 * of its id), so sampling is reproducible and nobody picks contacts by hand.
 */
export function customerSurveyEligibility(input: {
  channel: Channel;
  contact: CustomerContactState | undefined;
  settings: SurveySettings;
  now: Date;
  draw: number;
}): Eligibility {
  const { contact, settings } = input;
  if (contact?.unsubscribedAt) return { eligible: false, reason: 'unsubscribed' };
  if (contact?.suppressed) return { eligible: false, reason: 'suppressed' };
  if (contact?.lastSurveyedAt) {
    const quietUntil = Date.parse(contact.lastSurveyedAt) + settings.quietPeriodDays * 86_400_000;
    if (input.now.getTime() < quietUntil) return { eligible: false, reason: 'quiet-period' };
  }
  if (input.draw >= settings.samplingRate[input.channel]) return { eligible: false, reason: 'not-sampled' };
  return { eligible: true };
}
