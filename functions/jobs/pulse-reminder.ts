import { awsJobDeps } from '../adapters/aws-job-deps.js';
import { logger } from '../adapters/logger.js';
import { jobs } from '../services/jobs.js';

/** EventBridge Scheduler target: runs the 'pulse-reminder' job once and logs what it did. */
export const handler = async () => {
  const result = await jobs['pulse-reminder'](awsJobDeps());
  logger.info('job done', { job: 'pulse-reminder', result });
  return result;
};
