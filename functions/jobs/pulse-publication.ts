import { logger } from '../adapters/logger.js';
import { publishClosedWeeks } from '../services/publication/publish-pulse.service.js';
import { awsPublicationDeps } from '../wiring/publication.wiring.js';

const deps = awsPublicationDeps();

/** EventBridge Scheduler target, daily: publishes every closed week not published yet. */
export const handler = async () => {
  const summary = await publishClosedWeeks(deps);
  logger.info('pulse publication', { published: summary.published, figures: summary.figures });
  return summary;
};
