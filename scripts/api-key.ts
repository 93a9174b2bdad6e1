import { parseArgs } from 'node:util';
import { DynamoApiKeyRepository } from '../functions/adapters/dynamo/api-key.repository.js';
import { createApiKey } from '../functions/services/api-key.service.js';
import { ValidationError } from '../functions/services/errors.js';
import { systemClock } from '../functions/services/ports/clock.port.js';
import { type ApiScope, apiScopes } from '../functions/services/scope.js';
import { openLocalDatabase } from './local/local-database.js';

const usage = `Usage:
  npm run api-key -- create --name NAME --scopes SCOPE[,SCOPE…]|all [--teams team-a,team-b]
  npm run api-key -- list
  npm run api-key -- revoke KEY_ID
Scopes: ${apiScopes.join(', ')}`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, teams: { type: 'string' }, scopes: { type: 'string' } },
});
const [command, keyId] = positionals;
if (!command || !['create', 'list', 'revoke'].includes(command)) {
  console.error(usage);
  process.exit(2);
}

/** A comma-separated list; `--teams ","` gives an empty list, which createApiKey refuses. */
function listOption(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

const db = await openLocalDatabase();
const repo = new DynamoApiKeyRepository(db.clients, db.config.MAIN_TABLE_NAME);
try {
  if (command === 'create') {
    if (!values.name) throw new Error('--name is required');
    if (!values.scopes) throw new Error(`--scopes is required: ${apiScopes.join(', ')} or all`);
    const teams = listOption(values.teams);
    const scopes =
      values.scopes.trim() === 'all' ? [...apiScopes] : (listOption(values.scopes) as ApiScope[]);
    const { key, record } = await createApiKey(repo, systemClock, { name: values.name, teams, scopes });
    console.log(
      `Created key ${record.keyId} (${record.name}, ${record.teams ? `teams ${record.teams.join(', ')}` : 'all teams'}; ${record.scopes?.join(', ')}).`,
    );
    console.log(`Key (shown once, only its hash is stored):\n${key}`);
  } else if (command === 'list') {
    for (const k of await repo.listApiKeys()) {
      console.log(
        `${k.keyId}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  ${k.name}  ${k.teams?.join(',') ?? 'all teams'}  ${k.scopes?.join(',') ?? 'no scope'}`,
      );
    }
  } else {
    if (!keyId) throw new Error('revoke needs the key id (see `npm run api-key -- list`)');
    const done = await repo.revokeApiKey(keyId, systemClock.now().toISOString());
    if (!done) throw new Error(`No key with id ${keyId}`);
    console.log(`Revoked key ${keyId}.`);
  }
} catch (error) {
  const reasons =
    error instanceof ValidationError
      ? error.problems.map((p) => `--${p.path.replace(/\[\d+\]$/, '')}: ${p.message}`)
      : [];
  console.error(`api-key: ${reasons.length ? reasons.join('; ') : (error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
