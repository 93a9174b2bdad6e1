import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createApp } from '../../functions/http/app.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import { createApiKey } from '../../functions/services/api-key.service.js';
import type { Clock } from '../../functions/services/ports/clock.port.js';
import type { ApiScope } from '../../functions/services/scope.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { createTestDatabase, type TestDatabase } from './test-tables.js';

export interface ApiResponse {
  readonly status: number;
  readonly type: string | null;
  readonly allow: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: test inspection of JSON bodies
  readonly body: any;
}

/** The integration API on fresh tables, with a clock the test can set, and helpers to call it. */
export async function apiHarness(now = new Date()) {
  const db: TestDatabase = await createTestDatabase();
  const clock: Clock & { current: Date } = { current: now, now: () => clock.current };
  const deps: AppDeps = { ...dynamoDeps(db.config, db.clients), clock };
  const app = createApp(deps);

  async function newKey(name: string, options: { teams?: string[]; scopes?: ApiScope[] } = {}) {
    return (await createApiKey(deps.apiKeys, clock, { name, ...options })).key;
  }

  async function call(
    method: string,
    path: string,
    key: string | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> {
    const res = await app.request(path, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text
    }
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      allow: res.headers.get('allow'),
      body: parsed,
    };
  }

  /** Every item of the main table, optionally of one type (test inspection only; the app never scans). */
  async function items(type?: string): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await db.clients.doc.send(
        new ScanCommand({
          TableName: db.config.MAIN_TABLE_NAME,
          ExclusiveStartKey: start,
          ...(type
            ? {
                FilterExpression: '#t = :t',
                ExpressionAttributeNames: { '#t': 'type' },
                ExpressionAttributeValues: { ':t': type },
              }
            : {}),
        }),
      );
      found.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return found;
  }

  /** How many items the main table holds. */
  async function itemCount(): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await db.clients.doc.send(
        new ScanCommand({ TableName: db.config.MAIN_TABLE_NAME, Select: 'COUNT', ExclusiveStartKey: start }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return count;
  }

  return { db, deps, app, clock, newKey, call, items, itemCount };
}
export type ApiHarness = Awaited<ReturnType<typeof apiHarness>>;
