import { isoWeekOf } from '../../shared/time/period.js';
import { mondayOfIsoWeek } from '../../shared/time/windows.js';
import { type DispatchDeps, dispatchCustomerSurveys } from './customer-dispatch.service.js';
import { dispatchPulse, remindPulse } from './pulse-dispatch.service.js';

/** Days after the pulse's Monday before the one reminder goes out. */
export const reminderAfterDays = 3;

/**
 * The scheduled jobs, by name. Each is idempotent: run twice, it sends nothing twice (the
 * invitations and reminders are conditional writes), as at-least-once schedulers require.
 */
export const jobs = {
  'survey-dispatch': (deps: DispatchDeps) => dispatchCustomerSurveys(deps),
  'pulse-dispatch': (deps: DispatchDeps) => dispatchPulse(deps, isoWeekOf(deps.clock.now())),
  'pulse-reminder': async (deps: DispatchDeps) => {
    const now = deps.clock.now();
    const period = isoWeekOf(now);
    const due = mondayOfIsoWeek(period).getTime() + reminderAfterDays * 86_400_000;
    if (now.getTime() < due)
      return { period, reminded: 0, note: `reminders go out from day ${reminderAfterDays + 1}` };
    return remindPulse(deps, period);
  },
} as const;

export type JobName = keyof typeof jobs;
export const jobNames = Object.keys(jobs) as JobName[];

export function isJobName(name: string): name is JobName {
  return (jobNames as string[]).includes(name);
}
