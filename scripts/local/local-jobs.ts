import { type JobName, jobs } from '../../functions/services/jobs.js';
import { localJobDeps } from '../../functions/wiring/local.wiring.js';
import type { LocalDatabase } from './local-database.js';

export async function runLocalJob(db: LocalDatabase, name: JobName): Promise<unknown> {
  return jobs[name](localJobDeps(db.config, db.clients));
}

/** How often `npm start` runs each job (AWS runs them on EventBridge Scheduler). */
export const localJobIntervals: Record<JobName, number> = {
  'survey-dispatch': 60_000,
  'pulse-dispatch': 15 * 60_000,
  'pulse-reminder': 60 * 60_000,
};

/** Runs every job now and then on its interval; returns a function that stops the timers. */
export function scheduleLocalJobs(db: LocalDatabase, log: (line: string) => void): () => void {
  const running = new Set<JobName>();
  const run = async (name: JobName) => {
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
  const timers = (Object.keys(localJobIntervals) as JobName[]).map((name) => {
    void run(name);
    return setInterval(() => void run(name), localJobIntervals[name]);
  });
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
