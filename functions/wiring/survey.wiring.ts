import { loadConfig } from '../config.js';
import { awsDynamoClients } from './aws-clients.js';
import { dynamoDeps } from './dynamo.wiring.js';

/**
 * The survey function in AWS (survey pages and recording, /s/… and /u/…): the only writer of
 * the pulse table. Call at module scope so a wrong environment fails the cold start.
 */
export function awsSurveyDeps(): ReturnType<typeof dynamoDeps> {
  const config = loadConfig('survey');
  return dynamoDeps(config, awsDynamoClients(config.AWS_REGION));
}
