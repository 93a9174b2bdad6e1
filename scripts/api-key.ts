import { parseArgs } from 'node:util';
import { DynamoApiKeyRepository } from '../functions/adapters/dynamo/api-key.repository.js';
import { createApiKey } from '../functions/services/api-key.service.js';
import { systemClock } from '../functions/services/ports/clock.port.js';
import { openLocalDatabase } from './local/local-database.js';

const usage = `Usage:
  npm run api-key -- create --name NAME [--teams team-a,team-b]
  npm run api-key -- list
  npm run api-key -- revoke KEY_ID`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, teams: { type: 'string' } },
});
const [command, keyId] = positionals;
if (!command || !['create', 'list', 'revoke'].includes(command)) {
  console.error(usage);
  process.exit(2);
}

const db = await openLocalDatabase();
const repo = new DynamoApiKeyRepository(db.clients, db.config.MAIN_TABLE_NAME);
try {
  if (command === 'create') {
    if (!values.name) throw new Error('--name is required');
    const teams = values.teams
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const { key, record } = await createApiKey(repo, systemClock, { name: values.name, teams });
    console.log(
      `Created key ${record.keyId} (${record.name}${teams ? `, teams ${teams.join(', ')}` : ', all teams'}).`,
    );
    console.log(`Key (shown once, only its hash is stored):\n${key}`);
  } else if (command === 'list') {
    for (const k of await repo.listApiKeys()) {
      console.log(
        `${k.keyId}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  ${k.name}  ${k.teams?.join(',') ?? 'all teams'}`,
      );
    }
  } else {
    if (!keyId) throw new Error('revoke needs the key id (see `npm run api-key -- list`)');
    const done = await repo.revokeApiKey(keyId, systemClock.now().toISOString());
    if (!done) throw new Error(`No key with id ${keyId}`);
    console.log(`Revoked key ${keyId}.`);
  }
} catch (error) {
  console.error(`api-key: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
