import { randomBytes, randomUUID } from 'node:crypto';
import { jwtSessionTokens } from '../adapters/auth/session-tokens.js';
import { customerKeyer } from '../adapters/customer-key.js';
import { DynamoActionRepository } from '../adapters/dynamo/action.repository.js';
import { DynamoAdvisorResultsRepository } from '../adapters/dynamo/advisor-results.repository.js';
import { DynamoAggregateRepository } from '../adapters/dynamo/aggregate.repository.js';
import { DynamoApiKeyRepository } from '../adapters/dynamo/api-key.repository.js';
import { DynamoAuditLog } from '../adapters/dynamo/audit.repository.js';
import { DynamoBrandRepository } from '../adapters/dynamo/brand.repository.js';
import { DynamoCallbackRepository } from '../adapters/dynamo/callback.repository.js';
import type { DynamoClients } from '../adapters/dynamo/client.js';
import { DynamoClosedQuarterRepository } from '../adapters/dynamo/closed-quarter.repository.js';
import { DynamoDispatchRepository } from '../adapters/dynamo/dispatch.repository.js';
import { DynamoInteractionRepository } from '../adapters/dynamo/interaction.repository.js';
import { DynamoLogicsListsRepository } from '../adapters/dynamo/logics-lists.repository.js';
import { DynamoLogicsPublicationRepository } from '../adapters/dynamo/logics-publication.repository.js';
import { DynamoPayRepository } from '../adapters/dynamo/pay.repository.js';
import { DynamoPublicationRepository } from '../adapters/dynamo/publication.repository.js';
import { DynamoQuarterReviewRepository } from '../adapters/dynamo/quarter-review.repository.js';
import { DynamoRosterRepository } from '../adapters/dynamo/roster.repository.js';
import { DynamoSurveyRepository } from '../adapters/dynamo/survey.repository.js';
import { DynamoUserRepository } from '../adapters/dynamo/user.repository.js';
import { DynamoUserSessionRepository } from '../adapters/dynamo/user-session.repository.js';
import { aesPulseSeal } from '../adapters/pulse/pulse-seal.js';
import { jwtSurveyTokens } from '../adapters/survey-tokens.js';
import type { ConfigOf } from '../config.js';
import type { AppDeps } from '../http/app-deps.js';
import { systemClock } from '../services/ports/clock.port.js';
import type { PulseSeal } from '../services/ports/pulse-seal.port.js';
import type { SurveyRepository } from '../services/ports/survey.port.js';

type MainTableConfig = Pick<ConfigOf<'app'>, 'MAIN_TABLE_NAME' | 'APP_SECRET'>;
type BothTablesConfig = MainTableConfig & Pick<ConfigOf<'survey'>, 'PULSE_TABLE_NAME'>;

/** Dependencies on the main table alone: no repository can reach the pulse table. */
export function mainTableDeps(
  config: MainTableConfig,
  clients: DynamoClients,
): Omit<AppDeps, 'surveys' | 'pulseSeal'> {
  return {
    roster: new DynamoRosterRepository(clients, config.MAIN_TABLE_NAME),
    interactions: new DynamoInteractionRepository(clients, config.MAIN_TABLE_NAME),
    apiKeys: new DynamoApiKeyRepository(clients, config.MAIN_TABLE_NAME),
    clock: systemClock,
    customerKey: customerKeyer(config.APP_SECRET),
    aggregates: new DynamoAggregateRepository(clients, config.MAIN_TABLE_NAME),
    advisorResults: new DynamoAdvisorResultsRepository(clients, config.MAIN_TABLE_NAME),
    actions: new DynamoActionRepository(clients, config.MAIN_TABLE_NAME),
    publication: new DynamoPublicationRepository(clients, config.MAIN_TABLE_NAME),
    pay: new DynamoPayRepository(clients, config.MAIN_TABLE_NAME),
    reviews: new DynamoQuarterReviewRepository(clients, config.MAIN_TABLE_NAME),
    closedQuarters: new DynamoClosedQuarterRepository(clients, config.MAIN_TABLE_NAME),
    audit: new DynamoAuditLog(clients, config.MAIN_TABLE_NAME),
    brand: new DynamoBrandRepository(clients, config.MAIN_TABLE_NAME),
    logicsLists: new DynamoLogicsListsRepository(clients, config.MAIN_TABLE_NAME),
    logicsPublication: new DynamoLogicsPublicationRepository(clients, config.MAIN_TABLE_NAME),
    dispatch: new DynamoDispatchRepository(clients, config.MAIN_TABLE_NAME),
    callbacks: new DynamoCallbackRepository(clients, config.MAIN_TABLE_NAME),
    tokens: jwtSurveyTokens(config.APP_SECRET),
    newId: randomUUID,
    users: new DynamoUserRepository(clients, config.MAIN_TABLE_NAME),
    sessions: new DynamoUserSessionRepository(clients, config.MAIN_TABLE_NAME),
    sessionTokens: jwtSessionTokens(config.APP_SECRET),
    newSessionId: () => randomBytes(32).toString('base64url'),
  };
}

/** Every DynamoDB-backed dependency, survey recording (and so the pulse table) included. */
export function dynamoDeps(
  config: BothTablesConfig,
  clients: DynamoClients,
): AppDeps & { readonly surveys: SurveyRepository; readonly pulseSeal: PulseSeal } {
  return {
    ...mainTableDeps(config, clients),
    surveys: new DynamoSurveyRepository(clients, config.MAIN_TABLE_NAME, config.PULSE_TABLE_NAME),
    pulseSeal: aesPulseSeal(config.APP_SECRET),
  };
}
