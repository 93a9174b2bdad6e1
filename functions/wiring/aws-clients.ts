import { SESv2Client } from '@aws-sdk/client-sesv2';
import { createDynamoClients, type DynamoClients } from '../adapters/dynamo/client.js';

let dynamo: DynamoClients | undefined;
let ses: SESv2Client | undefined;

/** The process's one DynamoDB client pair in Lambda, created on first use and then reused. */
export function awsDynamoClients(region: string): DynamoClients {
  dynamo ??= createDynamoClients({ region });
  return dynamo;
}

/** The process's one SES client in Lambda. */
export function awsSesClient(region: string): SESv2Client {
  ses ??= new SESv2Client({ region });
  return ses;
}
