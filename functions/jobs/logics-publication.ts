import { logger } from '../adapters/logger.js';
import { publishLogicsMonths } from '../services/logics/publish-logics-month.service.js';
import { awsLogicsPublicationDeps } from '../wiring/logics-publication.wiring.js';

const deps = awsLogicsPublicationDeps();

/** EventBridge Scheduler target, daily: publishes the logics of every month whose module week closed. */
export const handler = async () => {
  const summary = await publishLogicsMonths(deps);
  logger.info('logics publication', { published: summary.published });
  return summary;
};
