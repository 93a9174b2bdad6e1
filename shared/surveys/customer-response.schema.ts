import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';

const score = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** What a customer answers about one contact. Only satisfaction is required. */
export const customerAnswerSchema = z.object({
  /** 0–10, the one click in the email. */
  satisfaction: score(0, 10),
  /** 0–10, likelihood to recommend (NPS). */
  recommendation: z.optional(score(0, 10)),
  /** Resolved in this contact ("once and done"). */
  resolved: z.optional(z.boolean()),
  /** 1 (very easy) – 7 (very hard). */
  effort: z.optional(score(1, 7)),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(2000), noControlCharacters('multi-line'))),
});
export type CustomerAnswer = z.output<typeof customerAnswerSchema>;

/**
 * The HTML form's fields are strings: empty means unanswered, numbers are parsed, `yes`/`no`
 * for resolved. Returns the object to validate with `customerAnswerSchema`.
 */
export function customerAnswerFromForm(form: Record<string, string | undefined>): Record<string, unknown> {
  const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : Number(v));
  const resolved =
    form.resolved === 'yes' ? true : form.resolved === 'no' ? false : form.resolved || undefined;
  const comment = form.comment?.trim() ? form.comment : undefined;
  return {
    satisfaction: num(form.satisfaction),
    recommendation: num(form.recommendation),
    resolved,
    effort: num(form.effort),
    comment,
  };
}
