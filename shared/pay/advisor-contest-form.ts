import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';

/** How long an advisor's reason for contesting a rating may be, in characters (trimmed). */
export const contestReasonLength = { min: 10, max: 500 } as const;

/**
 * An advisor's contest of one of their rated responses, as posted from their pay page. Messages
 * are problem codes (`advisor-pay-messages.ts` words them in the person's language).
 */
export const advisorContestFormSchema = z.object({
  quarter: z.string().check(z.trim(), z.regex(/^\d{4}-Q[1-4]$/, 'not-a-quarter')),
  responseId: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'not-a-response')),
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(contestReasonLength.min, 'too-short'),
      z.maxLength(contestReasonLength.max, 'too-long'),
      noControlCharacters('multi-line', 'control-characters'),
    ),
});
export type AdvisorContestForm = z.output<typeof advisorContestFormSchema>;

/** The form's fields a problem can name. */
export type ContestField = 'quarter' | 'responseId' | 'reason';
export type ContestProblemCode =
  | 'not-a-quarter'
  | 'not-a-response'
  | 'too-short'
  | 'too-long'
  | 'control-characters'
  | 'missing';

/** The form's problems, one per field, as codes. */
export function contestFormProblems(input: unknown): { field: ContestField; code: ContestProblemCode }[] {
  const parsed = z.safeParse(advisorContestFormSchema, input);
  if (parsed.success) return [];
  const byField = new Map<ContestField, ContestProblemCode>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'reason') as ContestField;
    const known = ['not-a-quarter', 'not-a-response', 'too-short', 'too-long', 'control-characters'].includes(
      issue.message,
    );
    if (!byField.has(field)) byField.set(field, known ? (issue.message as ContestProblemCode) : 'missing');
  }
  return [...byField].map(([field, code]) => ({ field, code }));
}
