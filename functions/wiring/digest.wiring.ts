import { randomUUID } from 'node:crypto';
import { DynamoAggregateRepository } from '../adapters/dynamo/aggregate.repository.js';
import { DynamoBrandRepository } from '../adapters/dynamo/brand.repository.js';
import type { DynamoClients } from '../adapters/dynamo/client.js';
import { DynamoDigestLedger } from '../adapters/dynamo/digest-ledger.repository.js';
import { DynamoPublicationRepository } from '../adapters/dynamo/publication.repository.js';
import { DynamoRosterRepository } from '../adapters/dynamo/roster.repository.js';
import { DynamoUserRepository } from '../adapters/dynamo/user.repository.js';
import { logger } from '../adapters/logger.js';
import { brandedMailer } from '../adapters/mail/branded-mailer.js';
import { SesMailer } from '../adapters/mail/ses-mailer.js';
import { loadConfig } from '../config.js';
import type { ManagerDigestDeps } from '../services/digest/manager-digest.service.js';
import { systemClock } from '../services/ports/clock.port.js';
import type { Mailer } from '../services/ports/mailer.port.js';
import { awsDynamoClients, awsSesClient } from './aws-clients.js';

/**
 * The manager digest's dependencies: the main table's roster, aggregates, published pulse
 * figures, users and digest markers (never the pulse table), and a mailer.
 */
export function managerDigestDeps(
  config: { MAIN_TABLE_NAME: string; PUBLIC_BASE_URL: string },
  clients: DynamoClients,
  mailer: Mailer,
  log: ManagerDigestDeps['log'] = (message, fields) => logger.info(message, fields),
): ManagerDigestDeps {
  const table = config.MAIN_TABLE_NAME;
  return {
    roster: new DynamoRosterRepository(clients, table),
    aggregates: new DynamoAggregateRepository(clients, table),
    publication: new DynamoPublicationRepository(clients, table),
    users: new DynamoUserRepository(clients, table),
    digests: new DynamoDigestLedger(clients, table),
    brand: new DynamoBrandRepository(clients, table),
    clock: systemClock,
    mailer,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    newId: randomUUID,
    log,
  };
}

/** The digest job in AWS: its own config kind, parsed at cold start; mail through SES. */
export function awsManagerDigestDeps(): ManagerDigestDeps {
  const config = loadConfig('digest-job');
  const clients = awsDynamoClients(config.AWS_REGION);
  return managerDigestDeps(
    config,
    clients,
    brandedMailer(
      new SesMailer(awsSesClient(config.AWS_REGION), {
        from: config.MAIL_FROM,
        configurationSetName: config.SES_CONFIGURATION_SET,
      }),
      new DynamoBrandRepository(clients, config.MAIN_TABLE_NAME),
    ),
  );
}
