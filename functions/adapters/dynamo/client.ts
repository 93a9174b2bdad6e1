import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoClients {
  readonly raw: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
}

/**
 * Builds the process's DynamoDB clients. An endpoint means DynamoDB Local (or another
 * emulator), which accepts any credentials; without one, the SDK's default chain is used.
 */
export function createDynamoClients(options: {
  region: string;
  endpoint?: string | undefined;
}): DynamoClients {
  const raw = new DynamoDBClient(
    options.endpoint
      ? {
          region: options.region,
          endpoint: options.endpoint,
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : { region: options.region },
  );
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { raw, doc };
}
