import { awsJobDeps } from '../adapters/aws-job-deps.js';
import { jobs } from '../services/jobs.js';

/** EventBridge Scheduler target: runs the 'survey-dispatch' job once. */
export const handler = async () => jobs['survey-dispatch'](awsJobDeps());
