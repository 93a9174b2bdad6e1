import { randomUUID } from 'node:crypto';
import { logger } from '../adapters/logger.js';
import { brandedMailer } from '../adapters/mail/branded-mailer.js';
import { SesMailer } from '../adapters/mail/ses-mailer.js';
import { loadConfig } from '../config.js';
import type { DispatchDeps } from '../services/customer-dispatch.service.js';
import { type JobName, jobs } from '../services/jobs.js';
import { awsDynamoClients, awsSesClient } from './aws-clients.js';
import { mainTableDeps } from './dynamo.wiring.js';

/**
 * Dependencies of each kind of job in AWS, one function per kind, each parsing its own config
 * schema (functions/config.ts). Entry files call them at module scope, so a wrong environment
 * fails the cold start with the variable's name.
 */

/** Jobs that send survey and pulse emails through SES (main table only). */
export function awsMailJobDeps(): DispatchDeps {
  const config = loadConfig('mail-job');
  const tables = mainTableDeps(config, awsDynamoClients(config.AWS_REGION));
  return {
    ...tables,
    newId: randomUUID,
    mailer: brandedMailer(
      new SesMailer(awsSesClient(config.AWS_REGION), {
        from: config.MAIL_FROM,
        configurationSetName: config.SES_CONFIGURATION_SET,
      }),
      tables.brand,
    ),
    publicBaseUrl: config.PUBLIC_BASE_URL,
  };
}

/** The Lambda handler of a scheduled mail job: wired at cold start, runs the job once per event. */
export function mailJobHandler(name: JobName) {
  const deps = awsMailJobDeps();
  return async () => {
    const result = await jobs[name](deps);
    logger.info('job done', { job: name, result });
    return result;
  };
}
