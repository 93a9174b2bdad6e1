import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { LocalOutboxMailer } from '../../functions/adapters/mail/local-outbox-mailer.js';
import { dynamoDeps } from '../../functions/adapters/repositories.js';
import type { DispatchDeps } from '../../functions/services/customer-dispatch.service.js';
import { type JobName, jobs } from '../../functions/services/jobs.js';
import type { LocalDatabase } from './local-database.js';

/** The jobs' dependencies on this machine: the local database and the .eml outbox. */
export function localJobDeps(db: LocalDatabase): DispatchDeps {
  const { config } = db;
  return {
    ...dynamoDeps(config, db.clients),
    newId: randomUUID,
    mailer: new LocalOutboxMailer(join(config.DATA_DIR, 'outbox'), config.MAIL_FROM),
    publicBaseUrl: config.PUBLIC_BASE_URL,
  };
}

export async function runLocalJob(db: LocalDatabase, name: JobName): Promise<unknown> {
  return jobs[name](localJobDeps(db));
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
