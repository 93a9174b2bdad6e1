import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClients, type DynamoClients } from '../../functions/adapters/dynamo/client.js';
import { ensureTables } from '../../functions/adapters/dynamo/create-tables.js';
import type { Config } from '../../functions/config.js';
import {
  isDynamoDbLocalProcess,
  processAlive,
  startDynamoDbLocal,
  stopOrphanedDynamoDbLocal,
} from './dynamodb-local.js';
import { localConfig, targetsDeployedTables } from './local-config.js';

export interface LocalDatabase {
  readonly config: Config;
  readonly clients: DynamoClients;
  /** True when this process started DynamoDB Local and owns it. */
  readonly owned: boolean;
  close(): Promise<void>;
}

/** What a process that started DynamoDB Local records under the data directory. */
interface DynamoDbLocalRecord {
  readonly endpoint: string;
  /** The Java process. */
  readonly pid: number;
  /** The process that started it and stops it on exit (npm start, or a CLI run alone). */
  readonly ownerPid: number;
}

const recordFile = (config: Config) => join(config.DATA_DIR, 'dynamodb-local.json');

function readRecord(file: string): DynamoDbLocalRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<DynamoDbLocalRecord>;
    if (
      typeof record.endpoint === 'string' &&
      Number.isInteger(record.pid) &&
      Number.isInteger(record.ownerPid)
    ) {
      return record as DynamoDbLocalRecord;
    }
  } catch {}
  return undefined;
}

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
 * The DynamoDB Local another live process runs on this data directory, if any. One whose owner
 * died (`kill -9` of npm start) is stopped here and its record removed, so a crash never blocks
 * the next start.
 */
async function runningDynamoDbLocal(file: string, region: string): Promise<string | undefined> {
  const record = readRecord(file);
  if (!record) return undefined;
  const ownerAlive = record.ownerPid !== process.pid && processAlive(record.ownerPid);
  if (ownerAlive && isDynamoDbLocalProcess(record.pid)) {
    if (await answers(record.endpoint, region)) return record.endpoint;
    throw new Error(
      `Another Duopulse process (pid ${record.ownerPid}) is starting DynamoDB Local on this data directory; try again in a moment.`,
    );
  }
  if (!ownerAlive && isDynamoDbLocalProcess(record.pid)) {
    console.error(
      `Stopping the DynamoDB Local (pid ${record.pid}) left by a process that ended without stopping it.`,
    );
    await stopOrphanedDynamoDbLocal(record.pid);
  }
  rmSync(file, { force: true });
  return undefined;
}

/**
 * The database the local tools use, in this order: DYNAMODB_ENDPOINT when set; the DynamoDB
 * Local that a running `npm start` records under .data/; else a DynamoDB Local started here
 * on the same .data/dynamodb files (and recorded there). Tables are created from the shared
 * spec when missing.
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
    const file = recordFile(config);
    const advertised = await runningDynamoDbLocal(file, config.AWS_REGION);
    if (advertised) {
      if (options.exclusive) {
        throw new Error(
          `Duopulse already runs on this data directory (DynamoDB Local at ${advertised}); stop it first.`,
        );
      }
      config = { ...config, DYNAMODB_ENDPOINT: advertised };
    } else {
      const dynamo = await startDynamoDbLocal({ dataDir: join(config.DATA_DIR, 'dynamodb') });
      mkdirSync(config.DATA_DIR, { recursive: true });
      const record: DynamoDbLocalRecord = {
        endpoint: dynamo.endpoint,
        pid: dynamo.pid,
        ownerPid: process.pid,
      };
      writeFileSync(file, `${JSON.stringify(record)}\n`);
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
