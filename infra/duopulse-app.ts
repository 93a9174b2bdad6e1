import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { deployEnvironment } from './environment-config.js';
import { StatefulStack } from './stateful-stack.js';
import { StatelessStack } from './stateless-stack.js';

/** Context keys read by the app (`cdk synth -c stage=prod -c publicBaseUrl=https://...`). */
export interface DuopulseContext {
  /** Environment name; default `dev`. */
  readonly stage: string;
  /** Base URL of email links when a custom domain fronts the API; default the API endpoint. */
  readonly publicBaseUrl: string | undefined;
  /** Sender of survey and pulse emails; default `barometre@<mailDomain>`. */
  readonly mailFrom: string;
  /** Domain SES sends from; default `duopulse.example`. */
  readonly mailDomain: string;
  /**
   * `-c createEmailIdentity=true` creates the SES identity of `mailDomain` with Easy DKIM; off by
   * default because it verifies only once the DKIM records are published in the domain's DNS.
   */
  readonly createEmailIdentity: boolean;
}

export interface DuopulseApp {
  readonly app: App;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** Feature settings this app relies on; cdk.json or `-c` may still override them. */
export const duopulseFeatureContext = {
  // Server access logs are granted by a bucket policy, so buckets keep ACLs disabled.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  // The stateless stack imports table and secret references as CloudFormation exports: the
  // stateful stack cannot lose a table that a deployed function still uses.
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
} as const;

function readContext(app: App): DuopulseContext {
  const text = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const stage = text('stage') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new Error(
      `Context "stage" must be lowercase letters, digits and dashes (at most 20), got "${stage}"`,
    );
  }
  const mailDomain = text('mailDomain') ?? 'duopulse.example';
  const createEmailIdentity: unknown = app.node.tryGetContext('createEmailIdentity');
  return {
    stage,
    publicBaseUrl: text('publicBaseUrl'),
    mailFrom: text('mailFrom') ?? `barometre@${mailDomain}`,
    mailDomain,
    // Context from the command line arrives as a string.
    createEmailIdentity: createEmailIdentity === true || createEmailIdentity === 'true',
  };
}

/**
 * The CDK app of one Duopulse environment: a stateful stack (tables, export bucket, secret) and a
 * stateless stack (HTTP API, functions, job schedules, SES sending), checked by cdk-nag's
 * AwsSolutions pack at synthesis.
 */
export function createDuopulseApp(props: AppProps = {}): DuopulseApp {
  const app = new App({
    ...props,
    context: { ...duopulseFeatureContext, ...props.context },
  });
  const context = readContext(app);
  const env = deployEnvironment();

  const stateful = new StatefulStack(app, `Duopulse-${context.stage}-Stateful`, {
    env,
    stage: context.stage,
    description: `Duopulse ${context.stage}: tables, payroll export bucket, application secret`,
  });
  const stateless = new StatelessStack(app, `Duopulse-${context.stage}-Stateless`, {
    env,
    stage: context.stage,
    description: `Duopulse ${context.stage}: HTTP API, functions, job schedules, SES sending`,
    tables: stateful.tables,
    appSecret: stateful.appSecret,
    exportBucket: stateful.exportBucketExports,
    publicBaseUrl: context.publicBaseUrl,
    mailFrom: context.mailFrom,
    mailDomain: context.mailDomain,
    createEmailIdentity: context.createEmailIdentity,
  });

  Tags.of(app).add('project', 'duopulse');
  Tags.of(app).add('stage', context.stage);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stateful, stateless };
}
