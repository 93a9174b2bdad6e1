import { logger } from '../adapters/logger.js';
import { sendManagerDigests } from '../services/digest/manager-digest.service.js';
import { awsManagerDigestDeps } from '../wiring/digest.wiring.js';

const deps = awsManagerDigestDeps();

/** EventBridge Scheduler target, Monday morning: last week's digest to each manager, once. */
export const handler = async () => {
  const summary = await sendManagerDigests(deps);
  logger.info('manager digest', { ...summary });
  // A failed send gave its claim back: failing the run makes Lambda retry it, then the DLQ.
  if (summary.failed) throw new Error(`${summary.failed} manager digest(s) not sent for ${summary.week}`);
  return summary;
};
