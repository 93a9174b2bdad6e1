import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';

export type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

/** Why DynamoDB cancelled a transaction, one code per item ('None' for items that were fine). */
export function cancellationCodes(error: unknown): string[] | undefined {
  if (error instanceof TransactionCanceledException) {
    return (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
  }
  return undefined;
}

const retryable = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

/**
 * Runs a transaction, retrying with jittered backoff while it is cancelled only because another
 * transaction touched the same items. Other cancellations are returned as their codes.
 */
export async function transactWithRetry(
  doc: DynamoDBDocumentClient,
  items: TransactItem[],
  maxAttempts = 12,
): Promise<{ ok: true } | { ok: false; codes: string[] }> {
  for (let attempt = 0; ; attempt++) {
    try {
      await doc.send(new TransactWriteCommand({ TransactItems: items }));
      return { ok: true };
    } catch (error) {
      const codes = cancellationCodes(error);
      const name = (error as { name?: string }).name ?? '';
      const conflictOnly = codes
        ? codes.some((c) => retryable.has(c)) && codes.every((c) => c === 'None' || retryable.has(c))
        : name === 'TransactionConflictException' || name === 'TransactionInProgressException';
      if (conflictOnly && attempt + 1 < maxAttempts) {
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(500, 10 * 2 ** attempt)));
        continue;
      }
      if (codes) return { ok: false, codes };
      throw error;
    }
  }
}
