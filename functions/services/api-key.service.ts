import { createHash, randomBytes } from 'node:crypto';
import { UnauthenticatedError } from './errors.js';
import type { ApiKeyRecord, ApiKeyRepository } from './ports/api-key.port.js';
import type { Clock } from './ports/clock.port.js';
import type { CallerScope } from './scope.js';

const keyPattern = /^dp_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Creates an integration key. The key is returned once and only its SHA-256 is stored.
 * `teams` limits it to those teams; omitted, it reaches every team.
 */
export async function createApiKey(
  repo: ApiKeyRepository,
  clock: Clock,
  input: { name: string; teams?: readonly string[] | undefined },
): Promise<{ key: string; record: ApiKeyRecord }> {
  const keyId = randomBytes(5).toString('hex').slice(0, 8);
  const key = `dp_${keyId}_${randomBytes(32).toString('base64url')}`;
  const record: ApiKeyRecord = {
    keyId,
    name: input.name,
    secretHash: hashApiKey(key),
    teams: input.teams?.length ? [...input.teams] : undefined,
    createdAt: clock.now().toISOString(),
  };
  await repo.putApiKey(record);
  return { key, record };
}

/** The caller's scope for a presented key; a missing, unknown or revoked key is 401. */
export async function authenticateApiKey(
  repo: ApiKeyRepository,
  presented: string | undefined,
): Promise<CallerScope & { keyId: string }> {
  if (!presented || !keyPattern.test(presented))
    throw new UnauthenticatedError('A valid API key is required');
  const record = await repo.findApiKeyByHash(hashApiKey(presented));
  if (!record || record.revokedAt) throw new UnauthenticatedError('This API key is unknown or revoked');
  return { keyId: record.keyId, teams: record.teams };
}
