import { currentPayQuarter } from '../../functions/services/pay/advisor-pay.service.js';
import { publishPayPolicy, savePayPolicyDraft } from '../../functions/services/pay/pay-policy.service.js';
import {
  enablePayIndicators,
  recordPayPrerequisites,
} from '../../functions/services/pay/pay-prerequisites.service.js';
import { weeksOfQuarter } from '../../functions/services/pay/quarter-close.service.js';
import type { AuditLog } from '../../functions/services/ports/audit.port.js';
import type { Clock } from '../../functions/services/ports/clock.port.js';
import type { PayRepository } from '../../functions/services/ports/pay.port.js';
import { quarterOfWeek } from '../../shared/advisor-results/week-range.js';
import { defaultPayPolicy } from '../../shared/pay/default-pay-policy.js';
import { previousQuarter, quarterStart } from '../../shared/pay/policy-in-force.js';

const day = 86_400_000;
const demoAdmin = 'admin@demo.duopulse.example';
const demoHr = 'rh@demo.duopulse.example';

/** An instant `days` days and `hours` hours before `start` (a quarter's first midnight, UTC). */
const before = (start: Date, days: number, hours = 9) =>
  new Date(start.getTime() - days * day + hours * 3_600_000);
const dateOf = (instant: Date) => instant.toISOString().slice(0, 10);

/**
 * The demo centre's variable-pay history, through the product's own pay services, each step
 * on the day the demo's story places it (a clock set to that day, so every rule holds and the
 * audit log says when): two weeks before the last complete quarter started, the admin records
 * the CSE consultation and the advisors' information, HR enables pay indicators, saves the
 * sample policy for that quarter and publishes it a week before the quarter starts, so it
 * governs that quarter and the ones after. The quarter is the one before `now`'s pay quarter;
 * the demo's weeks must hold every week the quarter's counters count (26 weeks ending the
 * week before `now` always do). Returns the quarter, ready to compute.
 */
export async function seedDemoPay(
  deps: { readonly pay: PayRepository; readonly audit: AuditLog },
  demo: { readonly weeks: readonly string[]; readonly now: Date },
): Promise<{ quarter: string }> {
  const quarter = previousQuarter(currentPayQuarter(demo.now));
  const held = new Set(demo.weeks);
  const missing = weeksOfQuarter(quarter).filter((w) => quarterOfWeek(w) === quarter && !held.has(w));
  if (missing.length > 0)
    throw new Error(
      `The demo's weeks do not cover ${quarter} (missing ${missing.join(', ')}): no pay to seed`,
    );
  const start = quarterStart(quarter);
  const at = (instant: Date) => ({ ...deps, clock: { now: () => instant } satisfies Clock });

  await recordPayPrerequisites(
    at(before(start, 9)),
    { cseConsultedOn: dateOf(before(start, 14)), advisorsInformedOn: dateOf(before(start, 10)) },
    demoAdmin,
  );
  await enablePayIndicators(at(before(start, 9, 14)), demoHr);
  const draft = await savePayPolicyDraft(
    at(before(start, 8)),
    { ...defaultPayPolicy(quarter), name: 'Politique de démonstration / Demo policy' },
    demoHr,
  );
  await publishPayPolicy(at(before(start, 7)), draft.version, demoHr);
  return { quarter };
}
