import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';

/** What a customer's score leads to on the thanks page. */
export type ScoreFollowUp = 'callback' | 'link' | 'plain';

/** 0–6: the customer may ask to be called back; 9–10: the centre's optional link; 7–8: a plain thanks. */
export function followUpOf(satisfaction: number): ScoreFollowUp {
  if (satisfaction <= 6) return 'callback';
  if (satisfaction >= 9) return 'link';
  return 'plain';
}

/** The longest contact a customer may type. */
export const callbackContactMaxLength = 120;

const emailPattern = z.regexes.email;
/** Digits with the usual separators (spaces, dots, dashes, brackets), an optional leading +. */
const phonePattern = /^\+?[0-9 .\-()]+$/;

/** 6–15 digits written the usual ways (06 12 34 56 78, +33 6 12 34 56 78, (514) 555-0199). */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return phonePattern.test(value) && digits >= 6 && digits <= 15;
}

/** How the customer asked to be reached: an email address or a phone number. */
export type CallbackContactKind = 'email' | 'phone';

export function contactKindOf(contact: string): CallbackContactKind {
  return contact.includes('@') ? 'email' : 'phone';
}

/**
 * A callback request as the thanks page posts it: the email or phone the customer typed, and
 * their consent (the box must be ticked). Nothing else about the customer is asked for.
 */
export const callbackRequestSchema = z.object({
  contact: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(callbackContactMaxLength),
    noControlCharacters(),
    z.refine((v) => emailPattern.test(v) || isPhoneNumber(v), 'not an email address or a phone number'),
  ),
  consent: z.literal('yes'),
});
export type CallbackRequestInput = z.output<typeof callbackRequestSchema>;

/** The posted fields that matter, as strings (absent when not posted). */
export function callbackRequestFromForm(form: Record<string, string | undefined>): Record<string, unknown> {
  return { contact: form.contact ?? '', consent: form.consent };
}
