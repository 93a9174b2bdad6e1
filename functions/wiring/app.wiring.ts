import { S3Client } from '@aws-sdk/client-s3';
import { S3ExportStore } from '../adapters/export/s3-export-store.js';
import { loadConfig } from '../config.js';
import type { AppDeps } from '../http/app-deps.js';
import { centreThresholdsMemo } from '../services/centre-thresholds-memo.js';
import { awsDynamoClients } from './aws-clients.js';
import { mainTableDeps } from './dynamo.wiring.js';
import { deployedSignIn } from './sign-in.wiring.js';

/**
 * The App function (pages, integration API): main table only. It serves no survey route (API
 * Gateway sends /s/… and /u/… to the survey function), so it builds nothing on the pulse table.
 * Call at module scope: a wrong environment then fails the cold start, naming the variable.
 */
export function awsAppDeps(): AppDeps {
  const config = loadConfig('app');
  return {
    ...mainTableDeps(config, awsDynamoClients(config.AWS_REGION)),
    signIn: deployedSignIn(config),
    centreThresholdsMemo: centreThresholdsMemo(),
    exportStore: new S3ExportStore(new S3Client({ region: config.AWS_REGION }), config.EXPORT_BUCKET),
  };
}
