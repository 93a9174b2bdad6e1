import { pulseWeekAskedAt } from '../../shared/surveys/pulse-week-label.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { mondayOfIsoWeek } from '../../shared/time/windows.js';
import { type DispatchDeps, dispatchCustomerSurveys } from './customer-dispatch.service.js';
import { dispatchPulse, remindPulse, retryPulseMail } from './pulse-dispatch.service.js';

/** Days after the pulse's Monday before the one reminder goes out. */
export const reminderAfterDays = 3;

/**
 * The scheduled jobs, by name. Each is idempotent: run twice, it sends nothing twice (the
 * invitations and reminders are conditional writes), as at-least-once schedulers require.
 */
export const jobs = {
  'survey-dispatch': (deps: DispatchDeps) => dispatchCustomerSurveys(deps),
  /** Monday morning: how did the week that just ended go (its links stay open 7 more days). */
  'pulse-dispatch': (deps: DispatchDeps) =>
    dispatchPulse(deps, pulseWeekAskedAt(deps.clock.now(), isoWeekOf)),
  'pulse-reminder': async (deps: DispatchDeps) => {
    const now = deps.clock.now();
    const period = pulseWeekAskedAt(now, isoWeekOf);
    const due = mondayOfIsoWeek(isoWeekOf(now)).getTime() + reminderAfterDays * 86_400_000;
    if (now.getTime() < due)
      return { period, reminded: 0, note: `reminders go out from day ${reminderAfterDays + 1}` };
    return remindPulse(deps, period);
  },
  /**
   * Every few hours: tries again the pulse emails a transient failure held back (the weekly
   * runs alone would leave them until the links expire), and records those that expired.
   */
  'pulse-retry': (deps: DispatchDeps) => {
    const period = pulseWeekAskedAt(deps.clock.now(), isoWeekOf);
    const previous = isoWeekOf(new Date(mondayOfIsoWeek(period).getTime() - 7 * 86_400_000));
    return retryPulseMail(deps, period, previous);
  },
} as const;

export type JobName = keyof typeof jobs;
export const jobNames = Object.keys(jobs) as JobName[];

export function isJobName(name: string): name is JobName {
  return (jobNames as string[]).includes(name);
}
