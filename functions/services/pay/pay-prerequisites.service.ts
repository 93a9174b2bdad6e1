import {
  type PayPrerequisites,
  type PrerequisiteProblem,
  payEnablementProblems,
  payPrerequisitesInputSchema,
} from '../../../shared/pay/pay-prerequisites.js';
import type { Locale } from '../../../shared/roster/index.js';
import { ConflictError, type FieldProblem, ValidationError } from '../errors.js';
import { dayOf, type PayDeps } from './pay-deps.js';

const reasonText: Record<Locale, Record<PrerequisiteProblem['reason'] | 'not-a-date', string>> = {
  en: {
    missing: 'not recorded yet',
    'in-the-future': 'a date in the future: record it once it has happened',
    'not-a-date': 'a date such as 2026-11-02',
  },
  fr: {
    missing: 'pas encore enregistrée',
    'in-the-future': 'date future : enregistrez-la une fois l’étape accomplie',
    'not-a-date': 'une date comme 2026-11-02',
  },
};

const fieldProblems = (problems: readonly PrerequisiteProblem[], locale: Locale = 'en'): FieldProblem[] =>
  problems.map((p) => ({ path: p.field, message: reasonText[locale][p.reason] }));

/**
 * Records the day the CSE was consulted and the day advisors were informed.
 * 1. validate both dates 2. refuse a date in the future 3. store them (pay stays enabled if it
 * was) 4. audit who recorded which dates, and the dates they replace.
 */
export async function recordPayPrerequisites(
  deps: PayDeps,
  input: unknown,
  actor: string,
  locale: Locale = 'en',
): Promise<PayPrerequisites> {
  const parsed = payPrerequisitesInputSchema.safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'form')))];
    throw new ValidationError(fields.map((path) => ({ path, message: reasonText[locale]['not-a-date'] })));
  }
  const dates = parsed.data;
  const now = deps.clock.now();
  const future = payEnablementProblems(dates, dayOf(now));
  if (future.length > 0) throw new ValidationError(fieldProblems(future, locale));
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
export async function enablePayIndicators(
  deps: PayDeps,
  actor: string,
  locale: Locale = 'en',
): Promise<PayPrerequisites> {
  const current = await deps.pay.prerequisites();
  const now = deps.clock.now();
  const problems = payEnablementProblems(current, dayOf(now));
  if (!current || problems.length > 0) {
    throw new ConflictError(
      fieldProblems(problems, locale),
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
