import { awsJobDeps } from '../adapters/aws-job-deps.js';
import { logger } from '../adapters/logger.js';
import { jobs } from '../services/jobs.js';

/** EventBridge Scheduler target: runs the 'survey-dispatch' job once and logs what it did. */
export const handler = async () => {
  const result = await jobs['survey-dispatch'](awsJobDeps());
  logger.info('job done', { job: 'survey-dispatch', result });
  return result;
};
