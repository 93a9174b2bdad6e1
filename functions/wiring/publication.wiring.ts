import { randomUUID } from 'node:crypto';
import type { DynamoClients } from '../adapters/dynamo/client.js';
import { DynamoPublicationRepository } from '../adapters/dynamo/publication.repository.js';
import { DynamoPulseSourceRepository } from '../adapters/dynamo/pulse-source.repository.js';
import { DynamoRosterRepository } from '../adapters/dynamo/roster.repository.js';
import { aesPulseSeal } from '../adapters/pulse/pulse-seal.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../services/ports/clock.port.js';
import type { PublicationDeps } from '../services/publication/publish-pulse.service.js';
import { awsDynamoClients } from './aws-clients.js';

/** The publication job's dependencies: the only ones that open the sealed pulse answers. */
export function publicationDeps(
  config: { MAIN_TABLE_NAME: string; PULSE_TABLE_NAME: string; APP_SECRET: string },
  clients: DynamoClients,
): PublicationDeps {
  return {
    roster: new DynamoRosterRepository(clients, config.MAIN_TABLE_NAME),
    publication: new DynamoPublicationRepository(clients, config.MAIN_TABLE_NAME),
    pulseSource: new DynamoPulseSourceRepository(
      clients,
      config.MAIN_TABLE_NAME,
      config.PULSE_TABLE_NAME,
      aesPulseSeal(config.APP_SECRET),
    ),
    clock: systemClock,
    newId: randomUUID,
  };
}

/** The publication job in AWS: its own config kind, parsed at cold start. */
export function awsPublicationDeps(): PublicationDeps {
  const config = loadConfig('publication-job');
  return publicationDeps(config, awsDynamoClients(config.AWS_REGION));
}
