import { loadConfig } from '../config.js';
import { awsDynamoClients } from './aws-clients.js';
import { mainTableDeps } from './dynamo.wiring.js';

/**
 * SES bounce and complaint events: contact records on the main table, no mail. Apart from the
 * mail jobs' wiring, so its function bundles no email rendering.
 */
export function awsSesEventsDeps(): ReturnType<typeof mainTableDeps> {
  const config = loadConfig('ses-events');
  return mainTableDeps(config, awsDynamoClients(config.AWS_REGION));
}
