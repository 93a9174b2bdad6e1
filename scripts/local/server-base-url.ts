import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from './dynamodb-local.js';

/** What `npm start` records under the data directory while it serves. */
interface ServerRecord {
  /** The origin of the links it mails and lists (its PUBLIC_BASE_URL). */
  readonly baseUrl: string;
  readonly pid: number;
}

const recordFile = (dataDir: string) => join(dataDir, 'server.json');

/**
 * Records the base URL of the server running on `dataDir`, so that the command-line jobs run
 * beside it link to it; returns the function that removes the record when the server stops.
 */
export function recordServerBaseUrl(dataDir: string, baseUrl: string, pid = process.pid): () => void {
  mkdirSync(dataDir, { recursive: true });
  const record: ServerRecord = { baseUrl, pid };
  writeFileSync(recordFile(dataDir), `${JSON.stringify(record)}\n`);
  return () => {
    if (runningRecord(dataDir)?.pid === pid) rmSync(recordFile(dataDir), { force: true });
  };
}

function runningRecord(dataDir: string): ServerRecord | undefined {
  const file = recordFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<ServerRecord>;
    if (typeof record.baseUrl === 'string' && Number.isInteger(record.pid)) return record as ServerRecord;
  } catch {}
  return undefined;
}

/** The base URL of the server serving `dataDir` now, if one is (a record left by a dead one is ignored). */
export function runningServerBaseUrl(dataDir: string): string | undefined {
  const record = runningRecord(dataDir);
  return record && processAlive(record.pid) ? record.baseUrl : undefined;
}

/**
 * The configuration a command-line job links with: `PUBLIC_BASE_URL` or `PORT` when set, as
 * `npm start` reads them; otherwise the base URL of the server running on the same data
 * directory (`PORT=3100 npm start`, then `npm run job -- pulse-dispatch` links to :3100);
 * otherwise the default, http://localhost:3000.
 */
export function jobLinkOverrides(env: Record<string, string | undefined>): Record<string, string> {
  if (env.PUBLIC_BASE_URL !== undefined || env.PORT !== undefined) return {};
  const running = runningServerBaseUrl(env.DATA_DIR ?? '.data');
  return running ? { PUBLIC_BASE_URL: running } : {};
}
