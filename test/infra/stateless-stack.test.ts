import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { scalarBundleFile, scalarBundleSource } from '../../functions/http/scalar-bundle.js';
import { createDuopulseApp } from '../../infra/duopulse-app.js';
import type { DuopulseFunction } from '../../infra/duopulse-function.js';
import type { StatelessStack } from '../../infra/stateless-stack.js';

// Building the app bundles every function with the local esbuild, once for this file.
let stateless: StatelessStack;
let template: Template;
let statefulTemplate: Template;
let assemblyDirectory: string;

beforeAll(() => {
  const built = createDuopulseApp({ context: { stage: 'test' } });
  stateless = built.stateless;
  const assembly = built.app.synth();
  assemblyDirectory = assembly.directory;
  template = Template.fromJSON(assembly.getStackByName(built.stateless.stackName).template);
  statefulTemplate = Template.fromJSON(assembly.getStackByName(built.stateful.stackName).template);
});

type Resource = { readonly Type: string; readonly Properties: Record<string, unknown> };

function resources(): Record<string, Resource> {
  return template.toJSON().Resources as Record<string, Resource>;
}

function resource(id: string): Resource {
  const found = resources()[id];
  if (!found) throw new Error(`No resource ${id} in the stateless template`);
  return found;
}

function logicalIdOf(tmpl: Template, type: string, properties: Record<string, unknown>): string {
  const ids = Object.keys(tmpl.findResources(type, { Properties: Match.objectLike(properties) }));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

function idOf(fn: DuopulseFunction): string {
  return stateless.getLogicalId(fn.lambdaFunction.node.defaultChild as CfnElement);
}

/** The parts of AWS::Lambda::Function properties these tests read. */
interface FunctionProperties {
  readonly Role: { readonly 'Fn::GetAtt': readonly [string, string] };
  readonly LoggingConfig: { readonly LogGroup: { readonly Ref: string } };
  readonly Environment: { readonly Variables: Record<string, unknown> };
  readonly Code: { readonly S3Key: string };
}

function propertiesOf(fn: DuopulseFunction): FunctionProperties {
  const fnResource = resource(idOf(fn));
  expect(fnResource.Type).toBe('AWS::Lambda::Function');
  return fnResource.Properties as unknown as FunctionProperties;
}

/** The identity policy of a function's role, as JSON text. */
function policyDocumentOf(fn: DuopulseFunction): string {
  const [roleId] = propertiesOf(fn).Role['Fn::GetAtt'];
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
  );
  expect(policies).toHaveLength(1);
  return JSON.stringify(policies[0]?.Properties.PolicyDocument);
}

function pulseTableId(): string {
  return logicalIdOf(statefulTemplate, 'AWS::DynamoDB::Table', { TableName: 'duopulse-test-pulse' });
}

function mainTableId(): string {
  return logicalIdOf(statefulTemplate, 'AWS::DynamoDB::Table', { TableName: 'duopulse-test-main' });
}

/** Every function that must never touch the pulse table, by name. */
const withoutPulseAccess = [
  'app',
  'survey-dispatch',
  'pulse-dispatch',
  'pulse-reminder',
  'pulse-retry',
  'ses-events',
] as const;

function functionNamed(name: (typeof withoutPulseAccess)[number]): DuopulseFunction {
  if (name === 'app') return stateless.appFunction;
  if (name === 'ses-events') return stateless.sesEventsFunction;
  return stateless.mailJobs[name];
}

function bundleOf(fn: DuopulseFunction): string {
  const hash = propertiesOf(fn).Code.S3Key.replace(/\.zip$/, '');
  return readFileSync(join(assemblyDirectory, `asset.${hash}`, 'index.mjs'), 'utf8');
}

describe('stateless stack: every function', () => {
  it('runs Node.js 22 on arm64 with tracing, ten functions in all', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(functions).toHaveLength(10);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
      });
    }
  });

  it('is bundled for production: no process.env.NODE_ENV left for React to check at run time', () => {
    for (const fn of [
      stateless.appFunction,
      stateless.surveyFunction,
      stateless.sesEventsFunction,
      stateless.publicationFunction,
      stateless.logicsPublicationFunction,
      stateless.managerDigestFunction,
      ...Object.values(stateless.mailJobs),
    ]) {
      const bundle = bundleOf(fn);
      expect(bundle).not.toContain('process.env.NODE_ENV');
    }
  });

  it('keeps the survey function bundle smaller than the app function bundle and free of email rendering', () => {
    const survey = bundleOf(stateless.surveyFunction);
    expect(survey.length).toBeLessThan(bundleOf(stateless.appFunction).length);
    // React's server renderer comes with react-email: the jobs that send mail carry it, the
    // survey pages (hono/jsx) must not.
    expect(bundleOf(stateless.mailJobs['survey-dispatch'])).toContain('renderToReadableStream');
    expect(survey).not.toContain('renderToReadableStream');
  });
});

describe('stateless stack: the app function', () => {
  it('carries the API reference script beside its bundle (Lambda has no node_modules)', () => {
    const hash = propertiesOf(stateless.appFunction).Code.S3Key.replace(/\.zip$/, '');
    const copied = readFileSync(join(assemblyDirectory, `asset.${hash}`, scalarBundleFile));
    expect(copied.equals(readFileSync(join(process.cwd(), scalarBundleSource)))).toBe(true);
  });

  it('runs with 1024 MB and 10 s', () => {
    expect(propertiesOf(stateless.appFunction)).toMatchObject({ MemorySize: 1024, Timeout: 10 });
    expect(resource(idOf(stateless.appFunction)).Properties.Description).toMatch(/Hono app/);
  });

  it('logs to its own log group kept one month', () => {
    const logGroupId = propertiesOf(stateless.appFunction).LoggingConfig.LogGroup.Ref;
    expect(resource(logGroupId)).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
    });
  });

  it('gets its configuration from the environment, without the pulse table', () => {
    const variables = propertiesOf(stateless.appFunction).Environment.Variables;
    expect(Object.keys(variables).sort()).toEqual([
      'APP_SECRET',
      'COGNITO_CLIENT_ID',
      'COGNITO_DOMAIN',
      'COGNITO_USER_POOL_ID',
      'EXPORT_BUCKET',
      'MAIN_TABLE_NAME',
      'NODE_OPTIONS',
      'PUBLIC_BASE_URL',
    ]);
    expect(variables).toMatchObject({ NODE_OPTIONS: '--enable-source-maps' });
    expect(JSON.stringify(variables.APP_SECRET)).toMatch(
      /\{\{resolve:secretsmanager:.*AppSecret.*:SecretString:::\}\}/,
    );
    expect(JSON.stringify(variables.MAIN_TABLE_NAME)).toMatch(/MainTable/);
  });

  it('may read and write the main table and its gsi1 index, and never scans', () => {
    const document = policyDocumentOf(stateless.appFunction);
    expect(document).toContain(mainTableId());
    expect(document).toContain('/index/gsi1');
    expect(document).toContain('dynamodb:PutItem');
    expect(document).toContain('dynamodb:Query');
    expect(document).not.toContain('dynamodb:Scan');
    expect(document).not.toMatch(/dynamodb:\*/);
    expect(document).not.toContain('ses:');
  });

  it('may put and get payroll export files under pay-exports/ only: no delete, no retention change, no bypass', () => {
    const statements = (
      JSON.parse(policyDocumentOf(stateless.appFunction)) as {
        Statement: { Action: string | string[]; Resource: unknown; Effect: string }[];
      }
    ).Statement.filter((st) => [st.Action].flat().some((a) => a.startsWith('s3:')));
    expect(statements).toHaveLength(1);
    const [s3] = statements;
    expect([s3?.Action].flat().sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(s3?.Effect).toBe('Allow');
    const resource = JSON.stringify(s3?.Resource);
    expect(resource).toContain('duopulse-test-export-bucket-arn');
    expect(resource).toContain('/pay-exports/*');
    const everything = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    for (const forbidden of [
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:PutObjectRetention',
      's3:PutObjectLegalHold',
      's3:BypassGovernanceRetention',
      's3:PutBucketObjectLockConfiguration',
      's3:*',
    ]) {
      expect(everything).not.toContain(forbidden);
    }
  });
});

describe('stateless stack: the pulse table (advisor anonymity)', () => {
  it('is named in exactly three IAM policies: the survey function (writes), the pulse and logics publication jobs (read)', () => {
    const id = pulseTableId();
    expect(id).toMatch(/^PulseTable/);
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy).includes(id),
    );
    expect(policies).toHaveLength(3);
    const roles = policies.map((p) => p.Properties.Roles);
    const [surveyRoleId] = propertiesOf(stateless.surveyFunction).Role['Fn::GetAtt'];
    const [publicationRoleId] = propertiesOf(stateless.publicationFunction).Role['Fn::GetAtt'];
    const [logicsRoleId] = propertiesOf(stateless.logicsPublicationFunction).Role['Fn::GetAtt'];
    expect(roles).toEqual(
      expect.arrayContaining([
        [{ Ref: surveyRoleId }],
        [{ Ref: publicationRoleId }],
        [{ Ref: logicsRoleId }],
      ]),
    );
  });

  it.each([
    ['pulse publication', () => stateless.publicationFunction, 'cron(30 2 * * ? *)'],
    ['logics publication', () => stateless.logicsPublicationFunction, 'cron(30 3 * * ? *)'],
  ])('the %s job may read it but not write it, sends no mail, and runs daily (%s)', (_name, fn, cron) => {
    const statements = (
      JSON.parse(policyDocumentOf(fn())) as {
        Statement: { Action: string | string[]; Resource: unknown }[];
      }
    ).Statement.filter((statement) => JSON.stringify(statement.Resource).includes(pulseTableId()));
    expect(statements).toHaveLength(1);
    expect([statements[0]?.Action].flat().sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DescribeTable',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
    expect(policyDocumentOf(fn())).not.toContain('ses:');
    const schedule = Object.values(template.findResources('AWS::Scheduler::Schedule')).find((s) =>
      JSON.stringify(s).includes(idOf(fn())),
    );
    expect(schedule?.Properties.ScheduleExpression).toBe(cron);
    expect(schedule?.Properties.ScheduleExpressionTimezone).toBe('Europe/Paris');
  });

  it('the survey function may write it but not read it, and gets its name', () => {
    const statements = (
      JSON.parse(policyDocumentOf(stateless.surveyFunction)) as {
        Statement: { Action: string | string[]; Resource: unknown }[];
      }
    ).Statement.filter((statement) => JSON.stringify(statement.Resource).includes(pulseTableId()));
    expect(statements).toHaveLength(1);
    expect([statements[0]?.Action].flat().sort()).toEqual([
      'dynamodb:BatchWriteItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DeleteItem',
      'dynamodb:DescribeTable',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    const variables = propertiesOf(stateless.surveyFunction).Environment.Variables;
    expect(JSON.stringify(variables.PULSE_TABLE_NAME)).toContain(pulseTableId());
  });

  it.each(withoutPulseAccess)('the %s function has no access to it and no variable naming it', (name) => {
    const fn = functionNamed(name);
    expect(policyDocumentOf(fn)).not.toMatch(/PulseTable|-pulse/);
    const variables = propertiesOf(fn).Environment.Variables;
    expect(variables).not.toHaveProperty('PULSE_TABLE_NAME');
    expect(JSON.stringify(variables)).not.toContain('PulseTable');
  });
});

describe('stateless stack: the survey function', () => {
  it('reads and writes the main table and gets the link secret', () => {
    const variables = propertiesOf(stateless.surveyFunction).Environment.Variables;
    expect(Object.keys(variables).sort()).toEqual([
      'APP_SECRET',
      'MAIN_TABLE_NAME',
      'NODE_OPTIONS',
      'PULSE_TABLE_NAME',
    ]);
    expect(variables.APP_SECRET).toEqual(
      propertiesOf(stateless.appFunction).Environment.Variables.APP_SECRET,
    );
    const document = policyDocumentOf(stateless.surveyFunction);
    expect(document).toContain(mainTableId());
    expect(document).toContain('dynamodb:Query');
    expect(document).not.toContain('dynamodb:Scan');
    expect(document).not.toContain('ses:');
  });
});

describe('stateless stack: HTTP API', () => {
  function routeTargetFunction(routeKey: string): string {
    const route = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).find(
      (r) => r.Properties.RouteKey === routeKey,
    );
    expect(route, routeKey).toBeDefined();
    const target = route?.Properties.Target['Fn::Join'][1] as [string, { Ref: string }];
    const integration = resource(target[1].Ref);
    expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY' });
    return (integration.Properties.IntegrationUri as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  }

  it('has exactly three routes: survey links, unsubscribe links, and everything else', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey,
    );
    expect(keys.sort()).toEqual(['$default', 'ANY /s/{proxy+}', 'ANY /u/{proxy+}']);
  });

  it('sends /s/… and /u/…, any method, to the survey function', () => {
    expect(routeTargetFunction('ANY /s/{proxy+}')).toBe(idOf(stateless.surveyFunction));
    expect(routeTargetFunction('ANY /u/{proxy+}')).toBe(idOf(stateless.surveyFunction));
  });

  it('sends every other request to the app function', () => {
    expect(routeTargetFunction('$default')).toBe(idOf(stateless.appFunction));
  });

  it('lets API Gateway invoke both functions', () => {
    for (const fn of [stateless.appFunction, stateless.surveyFunction]) {
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [idOf(fn), 'Arn'] },
        Principal: 'apigateway.amazonaws.com',
      });
    }
  });

  it('throttles the default stage and writes access logs without IP, user agent or path', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } },
    });
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format.requestId).toBe('$context.requestId');
    expect(Object.values(format).join(' ')).not.toMatch(/sourceIp|userAgent|\.path/);
  });
});

describe('stateless stack: scheduled jobs', () => {
  const expected = [
    ['survey-dispatch', 'cron(0/15 * * * ? *)'],
    ['pulse-dispatch', 'cron(0 7 ? * MON *)'],
    ['pulse-reminder', 'cron(0 7 ? * THU *)'],
    // Every two hours, every day: a throttled pulse email is not left until next Monday.
    ['pulse-retry', 'cron(30 0/2 * * ? *)'],
  ] as const;

  function deadLetterQueueId(): string {
    const ids = Object.keys(template.findResources('AWS::SQS::Queue'));
    expect(ids).toHaveLength(1);
    return ids[0] as string;
  }

  it('has one schedule per mail job, one for the pulse publication, one for the logics, one for the manager digest, and no other', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', expected.length + 3);
  });

  it.each(expected)('%s runs on %s, Europe/Paris, with retries and the dead-letter queue', (name, cron) => {
    const functionId = idOf(stateless.mailJobs[name]);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: cron,
      ScheduleExpressionTimezone: 'Europe/Paris',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [deadLetterQueueId(), 'Arn'] } },
      }),
    });
  });

  it.each(expected)('%s failures after Lambda retries also land in the dead-letter queue', (name) => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: idOf(stateless.mailJobs[name]) },
      Qualifier: '$LATEST',
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [deadLetterQueueId(), 'Arn'] } } },
    });
  });

  it('each schedule role may invoke its own function (no version wildcard) and feed the queue', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    for (const schedule of schedules) {
      const roleId = schedule.Properties.Target.RoleArn['Fn::GetAtt'][0] as string;
      const policies = Object.values(
        template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
      );
      expect(policies).toHaveLength(1);
      expect(policies[0]?.Properties.PolicyDocument.Statement).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: schedule.Properties.Target.Arn },
        {
          Action: 'sqs:SendMessage',
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [deadLetterQueueId(), 'Arn'] },
        },
      ]);
    }
  });

  it('the dead-letter queue is encrypted, TLS-only, kept 14 days, and alarms on its first message', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 86_400,
      RedrivePolicy: Match.absent(),
    });
    const policy = Object.values(template.findResources('AWS::SQS::QueuePolicy'))[0];
    expect(policy?.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterQueueId(), 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
    });
  });

  it.each(expected.map(([name]) => [name] as const))(
    '%s reads and writes the main table, sends mail, and has a 5-minute timeout',
    (name) => {
      const fn = stateless.mailJobs[name];
      const properties = propertiesOf(fn);
      expect(properties).toMatchObject({ Timeout: 300 });
      expect(Object.keys(properties.Environment.Variables).sort()).toEqual([
        'APP_SECRET',
        'MAIL_FROM',
        'MAIN_TABLE_NAME',
        'NODE_OPTIONS',
        'PUBLIC_BASE_URL',
        'SES_CONFIGURATION_SET',
      ]);
      expect(properties.Environment.Variables).toMatchObject({
        MAIL_FROM: 'barometre@duopulse.example',
        SES_CONFIGURATION_SET: 'duopulse-test',
      });
      const document = policyDocumentOf(fn);
      expect(document).toContain(mainTableId());
      expect(document).not.toContain('dynamodb:Scan');
    },
  );

  it.each(expected.map(([name]) => [name] as const))(
    '%s may send email only from the sender, through the configuration set',
    (name) => {
      const statements = (
        JSON.parse(policyDocumentOf(stateless.mailJobs[name])) as {
          Statement: { Action: unknown; Resource: unknown; Condition?: unknown }[];
        }
      ).Statement.filter((statement) => JSON.stringify(statement.Action).includes('ses:'));
      expect(statements).toHaveLength(1);
      const [statement] = statements;
      expect(statement?.Action).toBe('ses:SendEmail');
      expect(statement?.Condition).toEqual({
        StringEquals: { 'ses:FromAddress': 'barometre@duopulse.example' },
      });
      const resourcesText = JSON.stringify(statement?.Resource);
      expect(resourcesText).not.toContain('*');
      expect(resourcesText).toContain(':identity/duopulse.example');
      expect(resourcesText).toContain(':identity/barometre@duopulse.example');
      expect(resourcesText).toContain(':configuration-set/');
      expect(resourcesText).toMatch(/SesMailConfigurationSet/);
    },
  );
});

describe('stateless stack: the manager digest job', () => {
  function deadLetterQueueId(): string {
    return Object.keys(template.findResources('AWS::SQS::Queue'))[0] as string;
  }

  type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };
  function statements(): Statement[] {
    return (JSON.parse(policyDocumentOf(stateless.managerDigestFunction)) as { Statement: Statement[] })
      .Statement;
  }

  it('runs Monday 08:00 Europe/Paris, with retries, the dead-letter queue and Lambda retries to it', () => {
    const functionId = idOf(stateless.managerDigestFunction);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 8 ? * MON *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [deadLetterQueueId(), 'Arn'] } },
      }),
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [deadLetterQueueId(), 'Arn'] } } },
    });
  });

  it('gets the table, the page origin and the sender, and neither the secret nor the pulse table', () => {
    const variables = propertiesOf(stateless.managerDigestFunction).Environment.Variables;
    expect(Object.keys(variables).sort()).toEqual([
      'MAIL_FROM',
      'MAIN_TABLE_NAME',
      'NODE_OPTIONS',
      'PUBLIC_BASE_URL',
      'SES_CONFIGURATION_SET',
    ]);
    expect(policyDocumentOf(stateless.managerDigestFunction)).not.toContain(pulseTableId());
    expect(policyDocumentOf(stateless.managerDigestFunction)).not.toContain('dynamodb:Scan');
  });

  it('reads the main table and writes only its DIGEST# markers', () => {
    const onMain = statements().filter((st) => JSON.stringify(st.Resource).includes(mainTableId()));
    const writes = [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ];
    const unconditioned = onMain.filter((st) => st.Condition === undefined);
    expect(unconditioned).toHaveLength(1);
    expect([unconditioned[0]?.Action].flat().sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DescribeTable',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
    const conditioned = onMain.filter((st) => st.Condition !== undefined);
    expect(conditioned).toHaveLength(1);
    expect([conditioned[0]?.Action].flat().sort()).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect(conditioned[0]?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DIGEST#*'] },
    });
    expect(JSON.stringify(conditioned[0]?.Resource)).not.toContain('/index/');
    for (const st of unconditioned)
      for (const action of writes) expect([st.Action].flat()).not.toContain(action);
  });

  it('may send email only from the sender, through the configuration set', () => {
    const ses = statements().filter((st) => JSON.stringify(st.Action).includes('ses:'));
    expect(ses).toHaveLength(1);
    expect(ses[0]?.Action).toBe('ses:SendEmail');
    expect(ses[0]?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'barometre@duopulse.example' } });
  });
});

describe('stateless stack: SES sending', () => {
  function topicId(): string {
    const ids = Object.keys(template.findResources('AWS::SNS::Topic'));
    expect(ids).toHaveLength(1);
    return ids[0] as string;
  }

  it('has a configuration set named for the stage, with reputation metrics and TLS required', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'duopulse-test',
      ReputationOptions: { ReputationMetricsEnabled: true },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    expect(stateless.sesConfigurationSetName).toBe('duopulse-test');
  });

  it('publishes bounces and complaints, and only those, to the SNS topic', () => {
    template.resourceCountIs('AWS::SES::ConfigurationSetEventDestination', 1);
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: Match.stringLikeRegexp('^SesMailConfigurationSet') },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: topicId() } },
      },
    });
  });

  it('encrypts the topic with a rotated key that SES may use, and denies publishing without TLS', () => {
    const topic = resource(topicId());
    const keyId = (topic.Properties.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const key = resource(keyId);
    expect(key).toMatchObject({ Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } });
    expect(JSON.stringify(key.Properties.KeyPolicy)).toContain('ses.amazonaws.com');
    const policy = Object.values(template.findResources('AWS::SNS::TopicPolicy'))[0];
    const statements = policy?.Properties.PolicyDocument.Statement as Record<string, unknown>[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sns:Publish',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'ses.amazonaws.com' } }),
    );
  });

  it('subscribes the ses-events function, with the dead-letter queue for undeliverable events', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 1);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: topicId() },
      Endpoint: { 'Fn::GetAtt': [idOf(stateless.sesEventsFunction), 'Arn'] },
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^JobSchedules'), 'Arn'] },
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [idOf(stateless.sesEventsFunction), 'Arn'] },
      Principal: 'sns.amazonaws.com',
      SourceArn: { Ref: topicId() },
    });
  });

  it('the ses-events function reads and writes the main table with the secret, and sends nothing', () => {
    const variables = propertiesOf(stateless.sesEventsFunction).Environment.Variables;
    expect(Object.keys(variables).sort()).toEqual(['APP_SECRET', 'MAIN_TABLE_NAME', 'NODE_OPTIONS']);
    const document = policyDocumentOf(stateless.sesEventsFunction);
    expect(document).toContain(mainTableId());
    expect(document).not.toContain('ses:');
  });

  it('creates no email identity unless asked', () => {
    template.resourceCountIs('AWS::SES::EmailIdentity', 0);
  });
});
