import { awsJobDeps } from '../adapters/aws-job-deps.js';
import { jobs } from '../services/jobs.js';

/** EventBridge Scheduler target: runs the 'pulse-reminder' job once. */
export const handler = async () => jobs['pulse-reminder'](awsJobDeps());
