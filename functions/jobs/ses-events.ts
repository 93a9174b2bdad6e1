import { logger } from '../adapters/logger.js';
import { suppressionFromSesEvent } from '../adapters/mail/ses-events.js';
import { suppressAddresses } from '../services/opt-out.service.js';
import { awsSesEventsDeps } from '../wiring/ses-events.wiring.js';

const deps = awsSesEventsDeps();

/** SNS subscription of the SES configuration set's bounce and complaint events. */
export const handler = async (event: unknown) => {
  const suppressed = await suppressAddresses(deps, suppressionFromSesEvent(event));
  logger.info('addresses suppressed', { suppressed });
  return { suppressed };
};
