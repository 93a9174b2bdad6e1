import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { batchGetAll } from '../../functions/adapters/dynamo/batch.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});

describe('batchGetAll', () => {
  it('reads 450 keys in chunks of 100, at most four in flight, skipping missing items and retrying unprocessed keys', async () => {
    const table = db.config.MAIN_TABLE_NAME;
    const key = (i: number) => ({ pk: `BATCH#${i}`, sk: 'ITEM' });
    const stored = Array.from({ length: 450 }, (_, i) => i).filter((i) => i % 3 !== 0);
    for (const i of stored)
      await db.clients.doc.send(new PutCommand({ TableName: table, Item: { ...key(i), i } }));

    const send = db.clients.doc.send.bind(db.clients.doc);
    let inFlight = 0;
    let most = 0;
    let leftOnce = false;
    const spy = vi.spyOn(db.clients.doc, 'send').mockImplementation((async (command: never) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        const out = (await send(command)) as { Responses?: Record<string, unknown[]> };
        if (leftOnce) return out;
        // DynamoDB may leave keys unprocessed: hand the last ten back once.
        leftOnce = true;
        const keys = (command as { input: { RequestItems: Record<string, { Keys: unknown[] }> } }).input
          .RequestItems[table]?.Keys;
        const kept = keys?.slice(-10) ?? [];
        const keptPks = new Set(kept.map((k) => (k as { pk: string }).pk));
        return {
          Responses: {
            [table]: (out.Responses?.[table] ?? []).filter((r) => !keptPks.has((r as { pk: string }).pk)),
          },
          UnprocessedKeys: { [table]: { Keys: kept } },
        };
      } finally {
        inFlight--;
      }
    }) as never);
    const items = await batchGetAll(
      db.clients.doc,
      table,
      Array.from({ length: 450 }, (_, i) => key(i)),
    );
    const calls = spy.mock.calls.length;
    spy.mockRestore();
    expect(items.map((item) => item.i as number).sort((a, b) => a - b)).toEqual(stored);
    expect(most).toBe(4);
    expect(calls).toBe(6);
  });
});
