import { sendManagerDigests } from '../../functions/services/digest/manager-digest.service.js';
import { type JobName, jobNames, jobs } from '../../functions/services/jobs.js';
import { publishLogicsMonths } from '../../functions/services/logics/publish-logics-month.service.js';
import { publishClosedWeeks } from '../../functions/services/publication/publish-pulse.service.js';
import { localJobDeps, localManagerDigestDeps } from '../../functions/wiring/local.wiring.js';
import { logicsPublicationDeps } from '../../functions/wiring/logics-publication.wiring.js';
import { publicationDeps } from '../../functions/wiring/publication.wiring.js';
import type { LocalDatabase } from './local-database.js';

/**
 * The mail jobs, the pulse publication and the advisor logics' (the only jobs that open the
 * sealed pulse answers) and the managers' weekly digest.
 */
export type LocalJobName = JobName | 'pulse-publication' | 'logics' | 'manager-digest';
export const localJobNames: readonly LocalJobName[] = [
  ...jobNames,
  'pulse-publication',
  'logics',
  'manager-digest',
];

export function isLocalJobName(name: string): name is LocalJobName {
  return (localJobNames as readonly string[]).includes(name);
}

export async function runLocalJob(db: LocalDatabase, name: LocalJobName): Promise<unknown> {
  if (name === 'pulse-publication') return publishClosedWeeks(publicationDeps(db.config, db.clients));
  if (name === 'logics') return publishLogicsMonths(logicsPublicationDeps(db.config, db.clients));
  if (name === 'manager-digest') return sendManagerDigests(localManagerDigestDeps(db.config, db.clients));
  return jobs[name](localJobDeps(db.config, db.clients));
}

/** How often `npm start` runs each job (AWS runs them on EventBridge Scheduler). */
export const localJobIntervals: Record<LocalJobName, number> = {
  'survey-dispatch': 60_000,
  'pulse-dispatch': 15 * 60_000,
  'pulse-reminder': 60 * 60_000,
  // Tries again the pulse emails a transient failure held back (backoff from 5 minutes).
  'pulse-retry': 10 * 60_000,
  'pulse-publication': 60 * 60_000,
  // Each run publishes only months whose module week closed and that are not published yet.
  logics: 60 * 60_000,
  // Once a week per manager whatever the interval: each run sends only digests not sent yet.
  'manager-digest': 60 * 60_000,
};

/** Runs every job now and then on its interval; returns a function that stops the timers. */
export function scheduleLocalJobs(db: LocalDatabase, log: (line: string) => void): () => void {
  const running = new Set<LocalJobName>();
  const run = async (name: LocalJobName) => {
    if (running.has(name)) return;
    running.add(name);
    try {
      log(`job ${name}: ${JSON.stringify(await runLocalJob(db, name))}`);
    } catch (error) {
      log(`job ${name} failed: ${(error as Error).message}`);
    } finally {
      running.delete(name);
    }
  };
  const timers = (Object.keys(localJobIntervals) as LocalJobName[]).map((name) => {
    void run(name);
    return setInterval(() => void run(name), localJobIntervals[name]);
  });
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
