import type { ApiScope } from '../scope.js';

/** An integration API key as stored: never the key itself, only its SHA-256. */
export interface ApiKeyRecord {
  readonly keyId: string;
  readonly name: string;
  readonly secretHash: string;
  /** Teams the key may read and write; undefined means every team. */
  readonly teams?: readonly string[] | undefined;
  /** What the key may do; a record without scopes (older keys) may do nothing. */
  readonly scopes?: readonly ApiScope[] | undefined;
  readonly createdAt: string;
  readonly revokedAt?: string | undefined;
}

export interface ApiKeyRepository {
  putApiKey(record: ApiKeyRecord): Promise<void>;
  findApiKeyByHash(secretHash: string): Promise<ApiKeyRecord | undefined>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  /** Marks the key revoked; false when no such key exists. */
  revokeApiKey(keyId: string, revokedAt: string): Promise<boolean>;
}
