import { awsJobDeps } from '../adapters/aws-job-deps.js';
import { logger } from '../adapters/logger.js';
import { jobs } from '../services/jobs.js';

/** EventBridge Scheduler target: runs the 'pulse-dispatch' job once and logs what it did. */
export const handler = async () => {
  const result = await jobs['pulse-dispatch'](awsJobDeps());
  logger.info('job done', { job: 'pulse-dispatch', result });
  return result;
};
