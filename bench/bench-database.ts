import { randomBytes } from 'node:crypto';
import { createDynamoClients, type DynamoClients } from '../functions/adapters/dynamo/client.js';
import { ensureTables } from '../functions/adapters/dynamo/create-tables.js';
import type { Config } from '../functions/config.js';
import { type DynamoDbLocal, startDynamoDbLocal } from '../scripts/local/dynamodb-local.js';
import { localConfig } from '../scripts/local/local-config.js';
import { mainTable, physicalTableName, pulseTable } from '../shared/storage/table-spec.js';

export interface BenchDatabase {
  readonly config: Config;
  readonly clients: DynamoClients;
  readonly description: string;
  close(): Promise<void>;
}

/** Fresh tables for a benchmark: on DYNAMODB_ENDPOINT when set, else on an in-memory DynamoDB Local. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const names = {
    MAIN_TABLE_NAME: physicalTableName(prefix, mainTable),
    PULSE_TABLE_NAME: physicalTableName(prefix, pulseTable),
  };
  let config = localConfig(names);
  let dynamo: DynamoDbLocal | undefined;
  if (!config.DYNAMODB_ENDPOINT) {
    dynamo = await startDynamoDbLocal();
    config = { ...config, DYNAMODB_ENDPOINT: dynamo.endpoint };
  }
  const clients = createDynamoClients({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  // No TTL sweep: benches run on fixed clocks, so sessions would expire in real time mid-run.
  await ensureTables(
    clients.raw,
    { main: config.MAIN_TABLE_NAME, pulse: config.PULSE_TABLE_NAME },
    undefined,
    { timeToLive: false },
  );
  return {
    config,
    clients,
    description: dynamo ? 'DynamoDB Local (in memory)' : String(config.DYNAMODB_ENDPOINT),
    close: async () => {
      clients.raw.destroy();
      await dynamo?.stop();
    },
  };
}
