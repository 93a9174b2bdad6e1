import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapWithConcurrency } from './concurrency.js';

const writeChunk = 25;
const readChunk = 100;

async function backoff(attempt: number): Promise<void> {
  await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
}

/** Writes items in chunks of 25, retrying what DynamoDB leaves unprocessed. */
export async function batchWriteAll(
  doc: DynamoDBDocumentClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < items.length; i += writeChunk) {
    let requests = items.slice(i, i + writeChunk).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`DynamoDB left ${requests.length} writes unprocessed`);
      if (attempt > 0) await backoff(attempt);
      const out = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

/** How many read chunks are in flight at once. */
const readsInFlight = 4;

/**
 * Reads items by key in chunks of 100, four chunks in flight, retrying unprocessed keys;
 * missing items are skipped (the result follows the chunks' order, not the keys').
 */
export async function batchGetAll(
  doc: DynamoDBDocumentClient,
  tableName: string,
  itemKeys: readonly Record<string, string>[],
): Promise<Record<string, unknown>[]> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < itemKeys.length; i += readChunk) chunks.push(itemKeys.slice(i, i + readChunk));
  const read = await mapWithConcurrency(chunks, readsInFlight, async (chunk) => {
    const found: Record<string, unknown>[] = [];
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`DynamoDB left ${pending.length} reads unprocessed`);
      if (attempt > 0) await backoff(attempt);
      const out = await doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }));
      found.push(...(out.Responses?.[tableName] ?? []));
      pending = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
    return found;
  });
  return read.flat();
}
