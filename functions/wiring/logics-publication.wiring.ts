import type { DynamoClients } from '../adapters/dynamo/client.js';
import { DynamoLogicsListsRepository } from '../adapters/dynamo/logics-lists.repository.js';
import { DynamoLogicsPublicationRepository } from '../adapters/dynamo/logics-publication.repository.js';
import { DynamoPulseSourceRepository } from '../adapters/dynamo/pulse-source.repository.js';
import { DynamoRosterRepository } from '../adapters/dynamo/roster.repository.js';
import { aesPulseSeal } from '../adapters/pulse/pulse-seal.js';
import { loadConfig } from '../config.js';
import type { LogicsPublicationDeps } from '../services/logics/publish-logics-month.service.js';
import { type Clock, systemClock } from '../services/ports/clock.port.js';
import { awsDynamoClients } from './aws-clients.js';

/** The logics publication job's dependencies: it opens the module week's sealed pulse answers. */
export function logicsPublicationDeps(
  config: { MAIN_TABLE_NAME: string; PULSE_TABLE_NAME: string; APP_SECRET: string },
  clients: DynamoClients,
  clock: Clock = systemClock,
): LogicsPublicationDeps {
  return {
    roster: new DynamoRosterRepository(clients, config.MAIN_TABLE_NAME),
    pulseSource: new DynamoPulseSourceRepository(
      clients,
      config.MAIN_TABLE_NAME,
      config.PULSE_TABLE_NAME,
      aesPulseSeal(config.APP_SECRET),
    ),
    logicsPublication: new DynamoLogicsPublicationRepository(clients, config.MAIN_TABLE_NAME),
    logicsLists: new DynamoLogicsListsRepository(clients, config.MAIN_TABLE_NAME),
    clock,
  };
}

/** The logics publication job in AWS: the publication job's config kind, parsed at cold start. */
export function awsLogicsPublicationDeps(): LogicsPublicationDeps {
  const config = loadConfig('publication-job');
  return logicsPublicationDeps(config, awsDynamoClients(config.AWS_REGION));
}
