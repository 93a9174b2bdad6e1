import {
  type PayPrerequisites,
  type PrerequisiteProblem,
  payEnablementProblems,
  payPrerequisitesInputSchema,
} from '../../../shared/pay/pay-prerequisites.js';
import { ConflictError, type FieldProblem, ValidationError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { dayOf, type PayDeps } from './pay-deps.js';

const reasonText: Record<PrerequisiteProblem['reason'], string> = {
  missing: 'not recorded yet',
  'in-the-future': 'a date in the future: record it once it has happened',
};

const fieldProblems = (problems: readonly PrerequisiteProblem[]): FieldProblem[] =>
  problems.map((p) => ({ path: p.field, message: reasonText[p.reason] }));

/**
 * Records the day the CSE was consulted and the day advisors were informed.
 * 1. validate both dates 2. refuse a date in the future 3. store them (pay stays enabled if it
 * was) 4. audit who recorded which dates, and the dates they replace.
 */
export async function recordPayPrerequisites(
  deps: PayDeps,
  input: unknown,
  actor: string,
): Promise<PayPrerequisites> {
  const dates = parseOrThrow(payPrerequisitesInputSchema, input);
  const now = deps.clock.now();
  const future = payEnablementProblems(dates, dayOf(now));
  if (future.length > 0) throw new ValidationError(fieldProblems(future));
  const previous = await deps.pay.prerequisites();
  const recorded: PayPrerequisites = {
    ...dates,
    recordedBy: actor,
    recordedAt: now.toISOString(),
    payEnabledAt: previous?.payEnabledAt,
    payEnabledBy: previous?.payEnabledBy,
  };
  await deps.pay.savePrerequisites(recorded);
  await deps.audit.append({
    at: recorded.recordedAt,
    actor,
    action: 'pay-prerequisites.recorded',
    subject: 'pay-prerequisites',
    details: {
      ...dates,
      ...(previous
        ? {
            previousCseConsultedOn: previous.cseConsultedOn,
            previousAdvisorsInformedOn: previous.advisorsInformedOn,
          }
        : {}),
    },
  });
  return recorded;
}

/**
 * Enables pay indicators for the centre, refused (409, naming each date) until both
 * prerequisite dates are recorded and not in the future. Enabling twice changes nothing.
 */
export async function enablePayIndicators(deps: PayDeps, actor: string): Promise<PayPrerequisites> {
  const current = await deps.pay.prerequisites();
  const now = deps.clock.now();
  const problems = payEnablementProblems(current, dayOf(now));
  if (!current || problems.length > 0) {
    throw new ConflictError(
      fieldProblems(problems),
      'Pay indicators cannot be enabled before the CSE consultation and the advisors’ information are recorded.',
    );
  }
  if (current.payEnabledAt) return current;
  const enabled: PayPrerequisites = { ...current, payEnabledAt: now.toISOString(), payEnabledBy: actor };
  await deps.pay.savePrerequisites(enabled);
  await deps.audit.append({
    at: enabled.payEnabledAt as string,
    actor,
    action: 'pay-indicators.enabled',
    subject: 'pay-prerequisites',
    details: { cseConsultedOn: current.cseConsultedOn, advisorsInformedOn: current.advisorsInformedOn },
  });
  return enabled;
}

/** Whether the centre has enabled pay indicators (prerequisites recorded first). */
export async function payIndicatorsEnabled(deps: Pick<PayDeps, 'pay'>): Promise<boolean> {
  return Boolean((await deps.pay.prerequisites())?.payEnabledAt);
}
