import { mailJobHandler } from '../wiring/jobs.wiring.js';

/** EventBridge Scheduler target: runs the 'survey-dispatch' job once and logs what it did. */
export const handler = mailJobHandler('survey-dispatch');
