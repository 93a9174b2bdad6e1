import { randomUUID } from 'node:crypto';
import { DynamoBrandRepository } from '../adapters/dynamo/brand.repository.js';
import { DynamoCallbackRepository } from '../adapters/dynamo/callback.repository.js';
import { DynamoDispatchRepository } from '../adapters/dynamo/dispatch.repository.js';
import { DynamoLogicsListsRepository } from '../adapters/dynamo/logics-lists.repository.js';
import { DynamoSurveyRepository } from '../adapters/dynamo/survey.repository.js';
import { aesPulseSeal } from '../adapters/pulse/pulse-seal.js';
import { jwtSurveyTokens } from '../adapters/survey-tokens.js';
import { loadConfig } from '../config.js';
import type { SurveyRouteDeps } from '../http/routes/survey.routes.js';
import { systemClock } from '../services/ports/clock.port.js';
import { awsDynamoClients } from './aws-clients.js';

/**
 * The survey function in AWS (survey pages and recording, /s/… and /u/…, callback requests; the
 * centre's tools and methods list, rated in the pulse's monthly module):
 * the only writer of the pulse table. Only what the survey routes use is built, so no other
 * repository is in its bundle. Call at module scope so a wrong environment fails the cold start.
 */
export function awsSurveyDeps(): SurveyRouteDeps {
  const config = loadConfig('survey');
  const clients = awsDynamoClients(config.AWS_REGION);
  return {
    surveys: new DynamoSurveyRepository(clients, config.MAIN_TABLE_NAME, config.PULSE_TABLE_NAME),
    dispatch: new DynamoDispatchRepository(clients, config.MAIN_TABLE_NAME),
    callbacks: new DynamoCallbackRepository(clients, config.MAIN_TABLE_NAME),
    brand: new DynamoBrandRepository(clients, config.MAIN_TABLE_NAME),
    logicsLists: new DynamoLogicsListsRepository(clients, config.MAIN_TABLE_NAME),
    tokens: jwtSurveyTokens(config.APP_SECRET),
    clock: systemClock,
    newId: randomUUID,
    pulseSeal: aesPulseSeal(config.APP_SECRET),
  };
}
