import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { entityId, maxNameLength } from '../../shared/roster/index.js';
import { noControlCharacters } from '../../shared/text/free-text.js';
import { UnauthenticatedError } from './errors.js';
import type { ApiKeyRecord, ApiKeyRepository } from './ports/api-key.port.js';
import type { Clock } from './ports/clock.port.js';
import { type ApiScope, apiScopes, type CallerScope } from './scope.js';
import { parseOrThrow } from './validation.js';

const keyPattern = /^dp_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export const newKeySchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxNameLength), noControlCharacters()),
  teams: z.optional(
    z.array(entityId).check(z.minLength(1, 'name at least one team, or leave teams out for every team')),
  ),
  scopes: z._default(z.array(z.enum(apiScopes)).check(z.minLength(1, 'choose at least one scope')), [
    ...apiScopes,
  ]),
});

/**
 * Creates an integration key. The key is returned once and only its SHA-256 is stored.
 * `teams` limits it to those teams (an empty list is refused); omitted, it reaches every team.
 * `scopes` says what it may do (see `apiScopes`); omitted, every scope (the demo seed and tests;
 * the `api-key` CLI always asks for them).
 */
export async function createApiKey(
  repo: ApiKeyRepository,
  clock: Clock,
  input: { name: string; teams?: readonly string[] | undefined; scopes?: readonly ApiScope[] | undefined },
): Promise<{ key: string; record: ApiKeyRecord }> {
  const { name, teams, scopes } = parseOrThrow(newKeySchema, input);
  const keyId = randomBytes(5).toString('hex').slice(0, 8);
  const key = `dp_${keyId}_${randomBytes(32).toString('base64url')}`;
  const record: ApiKeyRecord = {
    keyId,
    name,
    secretHash: hashApiKey(key),
    teams: teams ? [...new Set(teams)] : undefined,
    scopes: [...new Set(scopes)],
    createdAt: clock.now().toISOString(),
  };
  await repo.putApiKey(record);
  return { key, record };
}

/**
 * The caller's scope for a presented key; a missing, unknown or revoked key is 401. A stored
 * key without scopes (made before scopes existed) may do nothing: it gets 403 everywhere.
 */
export async function authenticateApiKey(
  repo: ApiKeyRepository,
  presented: string | undefined,
): Promise<CallerScope & { keyId: string; scopes: readonly ApiScope[] }> {
  if (!presented || !keyPattern.test(presented))
    throw new UnauthenticatedError('A valid API key is required');
  const record = await repo.findApiKeyByHash(hashApiKey(presented));
  if (!record || record.revokedAt) throw new UnauthenticatedError('This API key is unknown or revoked');
  if (record.teams && record.teams.length === 0) throw new UnauthenticatedError('This API key names no team');
  return { keyId: record.keyId, teams: record.teams, scopes: record.scopes ?? [] };
}
