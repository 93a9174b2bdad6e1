import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DynamoBrandRepository } from '../adapters/dynamo/brand.repository.js';
import type { DynamoClients } from '../adapters/dynamo/client.js';
import { LocalExportStore } from '../adapters/export/local-export-store.js';
import { brandedMailer } from '../adapters/mail/branded-mailer.js';
import { LocalOutboxMailer } from '../adapters/mail/local-outbox-mailer.js';
import type { Config } from '../config.js';
import { centreThresholdsMemo } from '../services/centre-thresholds-memo.js';
import type { DispatchDeps } from '../services/customer-dispatch.service.js';
import type { ManagerDigestDeps } from '../services/digest/manager-digest.service.js';
import { managerDigestDeps } from './digest.wiring.js';
import { dynamoDeps } from './dynamo.wiring.js';
import { localExportsDir } from './pay-export.wiring.js';
import { localSignIn } from './sign-in.wiring.js';

/** Where the local mailer writes .eml files and /dev/outbox reads them. */
export function localOutboxDir(config: Config): string {
  return join(config.DATA_DIR, 'outbox');
}

/** The HTTP app on this machine: every route, survey pages and the /dev tools included. */
export function localAppDeps(config: Config, clients: DynamoClients) {
  return {
    ...dynamoDeps(config, clients),
    devOutboxDir: localOutboxDir(config),
    signIn: localSignIn(),
    centreThresholdsMemo: centreThresholdsMemo(),
    exportStore: new LocalExportStore(localExportsDir(config)),
  };
}

/** The jobs on this machine: the local tables and the .eml outbox instead of SES. */
export function localJobDeps(config: Config, clients: DynamoClients): DispatchDeps {
  const tables = dynamoDeps(config, clients);
  return {
    ...tables,
    newId: randomUUID,
    mailer: brandedMailer(new LocalOutboxMailer(localOutboxDir(config), config.MAIL_FROM), tables.brand),
    publicBaseUrl: config.PUBLIC_BASE_URL,
  };
}

/** The managers' weekly digest on this machine: the local tables and the .eml outbox. */
export function localManagerDigestDeps(config: Config, clients: DynamoClients): ManagerDigestDeps {
  return managerDigestDeps(
    config,
    clients,
    brandedMailer(
      new LocalOutboxMailer(localOutboxDir(config), config.MAIL_FROM),
      new DynamoBrandRepository(clients, config.MAIN_TABLE_NAME),
    ),
    (message, fields) => console.log(`${message} ${JSON.stringify(fields)}`),
  );
}
