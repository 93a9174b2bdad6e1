import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDynamoClients, type DynamoClients } from '../../functions/adapters/dynamo/client.js';
import { ensureTables } from '../../functions/adapters/dynamo/create-tables.js';
import { type Config, loadConfig } from '../../functions/config.js';
import { mainTable, physicalTableName, pulseTable } from '../../shared/storage/table-spec.js';

export interface TestDatabase {
  readonly config: Config;
  readonly clients: DynamoClients;
}

/** Fresh tables with a unique prefix on the run's DynamoDB Local, so test files never share data. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const config = loadConfig('local', {
    MAIN_TABLE_NAME: physicalTableName(prefix, mainTable),
    PULSE_TABLE_NAME: physicalTableName(prefix, pulseTable),
    DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
    APP_SECRET: 'test-secret-test-secret-test-secret-0123',
  });
  const clients = createDynamoClients({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  // No TTL sweep: tests run on fixed clocks, so items would expire in real time mid-test.
  await ensureTables(
    clients.raw,
    { main: config.MAIN_TABLE_NAME, pulse: config.PULSE_TABLE_NAME },
    undefined,
    { timeToLive: false },
  );
  return { config, clients };
}
