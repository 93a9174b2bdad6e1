import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { AppDeps } from '../http/app-deps.js';
import { systemClock } from '../services/ports/clock.port.js';
import { customerKeyer } from './customer-key.js';
import { DynamoAggregateRepository } from './dynamo/aggregate.repository.js';
import { DynamoApiKeyRepository } from './dynamo/api-key.repository.js';
import type { DynamoClients } from './dynamo/client.js';
import { DynamoDispatchRepository } from './dynamo/dispatch.repository.js';
import { DynamoInteractionRepository } from './dynamo/interaction.repository.js';
import { DynamoRosterRepository } from './dynamo/roster.repository.js';
import { DynamoSurveyRepository } from './dynamo/survey.repository.js';
import { jwtSurveyTokens } from './survey-tokens.js';

/** The DynamoDB-backed dependencies shared by every runtime. */
export function dynamoDeps(config: Config, clients: DynamoClients): AppDeps {
  return {
    roster: new DynamoRosterRepository(clients, config.MAIN_TABLE_NAME),
    interactions: new DynamoInteractionRepository(clients, config.MAIN_TABLE_NAME),
    apiKeys: new DynamoApiKeyRepository(clients, config.MAIN_TABLE_NAME),
    clock: systemClock,
    customerKey: customerKeyer(config.APP_SECRET),
    aggregates: new DynamoAggregateRepository(clients, config.MAIN_TABLE_NAME),
    surveys: new DynamoSurveyRepository(clients, config.MAIN_TABLE_NAME, config.PULSE_TABLE_NAME),
    dispatch: new DynamoDispatchRepository(clients, config.MAIN_TABLE_NAME),
    tokens: jwtSurveyTokens(config.APP_SECRET),
    newId: randomUUID,
  };
}
