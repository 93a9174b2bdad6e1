import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClients, type DynamoClients } from '../../functions/adapters/dynamo/client.js';
import { ensureTables } from '../../functions/adapters/dynamo/create-tables.js';
import type { Config } from '../../functions/config.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { localConfig, targetsDeployedTables } from './local-config.js';

export interface LocalDatabase {
  readonly config: Config;
  readonly clients: DynamoClients;
  /** True when this process started DynamoDB Local and owns it. */
  readonly owned: boolean;
  close(): Promise<void>;
}

const endpointFile = (config: Config) => join(config.DATA_DIR, 'dynamodb.endpoint');

async function answers(endpoint: string, region: string): Promise<boolean> {
  const probe = createDynamoClients({ region, endpoint });
  try {
    await probe.raw.send(new ListTablesCommand({ Limit: 1 }));
    return true;
  } catch {
    return false;
  } finally {
    probe.raw.destroy();
  }
}

/**
 * The database the local tools use, in this order: DYNAMODB_ENDPOINT when set; the DynamoDB
 * Local that a running `npm start` advertises under .data/; else a DynamoDB Local started here
 * on the same .data/dynamodb files. Tables are created from the shared spec when missing.
 */
export async function openLocalDatabase(
  overrides: Record<string, string | undefined> = {},
  options: { exclusive?: boolean } = {},
): Promise<LocalDatabase> {
  let config = localConfig(overrides);
  let stop: (() => Promise<void>) | undefined;
  if (targetsDeployedTables()) {
    const clients = createDynamoClients({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
    return { config, clients, owned: false, close: async () => clients.raw.destroy() };
  }
  if (!config.DYNAMODB_ENDPOINT) {
    const file = endpointFile(config);
    const advertised = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
    if (advertised && (await answers(advertised, config.AWS_REGION))) {
      if (options.exclusive) {
        throw new Error(
          `Duopulse already runs on this data directory (DynamoDB Local at ${advertised}); stop it first.`,
        );
      }
      config = { ...config, DYNAMODB_ENDPOINT: advertised };
    } else {
      const dynamo = await startDynamoDbLocal({ dataDir: join(config.DATA_DIR, 'dynamodb') });
      mkdirSync(config.DATA_DIR, { recursive: true });
      writeFileSync(file, dynamo.endpoint);
      config = { ...config, DYNAMODB_ENDPOINT: dynamo.endpoint };
      stop = async () => {
        rmSync(file, { force: true });
        await dynamo.stop();
      };
    }
  }
  const clients = createDynamoClients({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  await ensureTables(clients.raw, { main: config.MAIN_TABLE_NAME, pulse: config.PULSE_TABLE_NAME });
  return {
    config,
    clients,
    owned: stop !== undefined,
    close: async () => {
      clients.raw.destroy();
      await stop?.();
    },
  };
}
