import { loadConfig } from '../config.js';
import type { AppDeps } from '../http/app-deps.js';
import { createDynamoClients } from './dynamo/client.js';
import { dynamoDeps } from './repositories.js';

const config = loadConfig();
const clients = createDynamoClients({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });

/** Dependencies in AWS Lambda: config and clients built once per cold start. */
export function awsDeps(): AppDeps {
  return dynamoDeps(config, clients);
}
