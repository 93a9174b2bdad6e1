import * as z from 'zod/mini';

/**
 * What must be on record before a centre uses variable-pay indicators. French labour code:
 * the staff representatives (CSE) are informed and consulted before any means of evaluating or
 * monitoring employees is introduced (L2312-38), and employees are told beforehand of the
 * evaluation methods and of any device collecting information about them (L1222-3, L1222-4).
 */
export const payPrerequisitesInputSchema = z.object({
  /** The day the CSE was consulted, YYYY-MM-DD. */
  cseConsultedOn: z.iso.date(),
  /** The day advisors were informed, YYYY-MM-DD. */
  advisorsInformedOn: z.iso.date(),
});
export type PayPrerequisitesInput = z.output<typeof payPrerequisitesInputSchema>;

/** The centre's pay prerequisites as stored, with who recorded them and whether pay is enabled. */
export interface PayPrerequisites extends PayPrerequisitesInput {
  readonly recordedBy: string;
  /** ISO instant. */
  readonly recordedAt: string;
  /** ISO instant pay indicators were enabled; absent while they are not. */
  readonly payEnabledAt?: string | undefined;
  readonly payEnabledBy?: string | undefined;
}

export type PrerequisiteProblem = {
  readonly field: keyof PayPrerequisitesInput;
  readonly reason: 'missing' | 'in-the-future';
};

/**
 * Why pay indicators cannot be enabled (empty when they can): each date missing, or later than
 * `today` (YYYY-MM-DD, the centre's calendar day).
 */
export function payEnablementProblems(
  prerequisites: Partial<PayPrerequisitesInput> | undefined,
  today: string,
): PrerequisiteProblem[] {
  const fields = ['cseConsultedOn', 'advisorsInformedOn'] as const;
  return fields.flatMap((field): PrerequisiteProblem[] => {
    const date = prerequisites?.[field];
    if (!date) return [{ field, reason: 'missing' }];
    return date > today ? [{ field, reason: 'in-the-future' }] : [];
  });
}
