import { mailJobHandler } from '../wiring/jobs.wiring.js';

/** EventBridge Scheduler target: runs the 'pulse-retry' job once and logs what it did. */
export const handler = mailJobHandler('pulse-retry');
