import {
  CreateTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { type TableSpec, tableSpecs } from '../../../shared/storage/table-spec.js';

/**
 * Creates the tables described by the shared table spec when they do not exist yet, with TTL.
 * The local stack and the tests use it; in AWS the CDK stateful stack builds the same tables.
 * `names` maps a logical table name to its physical name. `timeToLive: false` leaves expiry
 * off (test tables: their clocks are fixed dates, and DynamoDB Local's background sweep would
 * delete sessions and links that expire, in real time, in the middle of a test).
 */
export async function ensureTables(
  client: DynamoDBClient,
  names: Record<string, string>,
  specs: readonly TableSpec[] = tableSpecs,
  options: { readonly timeToLive?: boolean } = {},
): Promise<string[]> {
  const existing = new Set<string>();
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    for (const name of page.TableNames ?? []) existing.add(name);
    start = page.LastEvaluatedTableName;
  } while (start);

  const created: string[] = [];
  for (const spec of specs) {
    const tableName = names[spec.name];
    if (!tableName) throw new Error(`No physical name given for table "${spec.name}"`);
    if (existing.has(tableName)) continue;
    const keyAttributes = new Set([spec.partitionKey, spec.sortKey]);
    for (const index of spec.globalIndexes) {
      keyAttributes.add(index.partitionKey);
      keyAttributes.add(index.sortKey);
    }
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: spec.partitionKey, KeyType: 'HASH' },
          { AttributeName: spec.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: spec.globalIndexes.length
          ? spec.globalIndexes.map((index) => ({
              IndexName: index.name,
              KeySchema: [
                { AttributeName: index.partitionKey, KeyType: 'HASH' },
                { AttributeName: index.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            }))
          : undefined,
      }),
    );
    if (spec.timeToLiveAttribute && options.timeToLive !== false) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: spec.timeToLiveAttribute, Enabled: true },
        }),
      );
    }
    created.push(tableName);
  }
  return created;
}
