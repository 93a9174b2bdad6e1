import { randomUUID } from 'node:crypto';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { loadConfig } from '../config.js';
import type { DispatchDeps } from '../services/customer-dispatch.service.js';
import { createDynamoClients } from './dynamo/client.js';
import { SesMailer } from './mail/ses-mailer.js';
import { dynamoDeps } from './repositories.js';

const config = loadConfig();
const clients = createDynamoClients({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
const ses = new SESv2Client({ region: config.AWS_REGION });

/** Dependencies of the scheduled and event jobs in AWS: built once per cold start. */
export function awsJobDeps(): DispatchDeps & { customerKey: (email: string) => string } {
  return {
    ...dynamoDeps(config, clients),
    newId: randomUUID,
    mailer: new SesMailer(ses, {
      from: config.MAIL_FROM,
      configurationSetName: config.SES_CONFIGURATION_SET,
    }),
    publicBaseUrl: config.PUBLIC_BASE_URL,
  };
}
