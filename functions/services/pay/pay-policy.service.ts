import { payPolicyProblems } from '../../../shared/i18n/pay-policy-messages.js';
import {
  type AdvisorPolicySummary,
  advisorPolicySummary,
} from '../../../shared/pay/advisor-policy-summary.js';
import { type PayPolicy, payPolicySchema } from '../../../shared/pay/pay-policy.schema.js';
import {
  firstQuarterGoverned,
  type PayPolicyVersion,
  type PolicyInForce,
  policyInForce,
} from '../../../shared/pay/policy-in-force.js';
import type { Locale } from '../../../shared/roster/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { PayDeps } from './pay-deps.js';
import { payIndicatorsEnabled } from './pay-prerequisites.service.js';

/** Checks a policy without storing it: the problems in `locale`, each naming its rule (live validation). */
export function checkPayPolicy(input: unknown, locale: Locale) {
  const result = payPolicySchema.safeParse(input);
  return result.success ? [] : payPolicyProblems(result.error.issues, locale);
}

function parsePolicy(input: unknown, locale: Locale): PayPolicy {
  const result = payPolicySchema.safeParse(input);
  if (result.success) return result.data;
  const problems = payPolicyProblems(result.error.issues, locale).map((p) => ({
    path: p.field || '(body)',
    message: p.message,
  }));
  throw new ValidationError(problems, 'The pay policy breaks the rules named below; nothing was stored.');
}

/**
 * Saves a policy as a new draft version (drafts may exist before pay is enabled: the CSE is
 * consulted on one). 1. validate against every rule 2. number it after the last version
 * 3. store it 4. audit. Returns the stored version.
 */
export async function savePayPolicyDraft(
  deps: PayDeps,
  input: unknown,
  actor: string,
  locale: Locale = 'en',
): Promise<PayPolicyVersion> {
  const policy = parsePolicy(input, locale);
  for (let attempt = 0; attempt < 5; attempt++) {
    const versions = await deps.pay.policyVersions();
    const draft: PayPolicyVersion = {
      version: Math.max(0, ...versions.map((v) => v.version)) + 1,
      policy,
      savedAt: deps.clock.now().toISOString(),
      savedBy: actor,
    };
    if (await deps.pay.addPolicyVersion(draft)) {
      await deps.audit.append({
        at: draft.savedAt,
        actor,
        action: 'pay-policy.saved',
        subject: `pay-policy#${draft.version}`,
        details: { version: draft.version, name: policy.name, effectiveFrom: policy.effectiveFrom },
      });
      return draft;
    }
  }
  throw new ConflictError([
    { path: 'version', message: 'other versions were being saved; try again', code: 'versions-busy' },
  ]);
}

/**
 * Publishes a draft version. 1. refuse while pay indicators are not enabled 2. refuse an
 * unknown or already published version 3. mark it published now 4. audit, with the first
 * quarter it can govern: a quarter that started before publication is never governed by it.
 */
export async function publishPayPolicy(
  deps: PayDeps,
  version: number,
  actor: string,
): Promise<{ version: PayPolicyVersion; firstQuarter: string }> {
  if (!(await payIndicatorsEnabled(deps))) {
    throw new ConflictError(
      [
        {
          path: 'payEnabledAt',
          message:
            'pay indicators are not enabled: record the CSE consultation and the advisors’ information first',
          code: 'pay-not-enabled',
        },
      ],
      'A pay policy cannot be published before pay indicators are enabled.',
    );
  }
  const stored = (await deps.pay.policyVersions()).find((v) => v.version === version);
  if (!stored) throw new NotFoundError(`No pay policy version ${version}`);
  const publishedAt = deps.clock.now().toISOString();
  if (stored.publishedAt || !(await deps.pay.markPublished(version, publishedAt, actor))) {
    throw new ConflictError([
      {
        path: 'version',
        message: `version ${version} is already published`,
        code: 'already-published',
        values: { version: String(version) },
      },
    ]);
  }
  const firstQuarter = firstQuarterGoverned(stored.policy.effectiveFrom, publishedAt);
  await deps.audit.append({
    at: publishedAt,
    actor,
    action: 'pay-policy.published',
    subject: `pay-policy#${version}`,
    details: { version, effectiveFrom: stored.policy.effectiveFrom, firstQuarter },
  });
  return { version: { ...stored, publishedAt, publishedBy: actor }, firstQuarter };
}

/** Every stored version, newest first (the HR list). */
export async function payPolicyVersions(deps: Pick<PayDeps, 'pay'>): Promise<PayPolicyVersion[]> {
  return (await deps.pay.policyVersions()).sort((a, b) => b.version - a.version);
}

/** The policy governing `quarter`: published before it started (see policyInForce). */
export async function payPolicyInForce(deps: Pick<PayDeps, 'pay'>, quarter: string): Promise<PolicyInForce> {
  return policyInForce(await deps.pay.policyVersions(), quarter);
}

/** What an advisor sees of the policy governing `quarter` (the advisor page calls this). */
export async function advisorPolicyInForce(
  deps: Pick<PayDeps, 'pay'>,
  quarter: string,
): Promise<AdvisorPolicySummary> {
  return advisorPolicySummary(await payPolicyInForce(deps, quarter), quarter);
}
