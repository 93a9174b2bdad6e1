import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDuopulseApp } from '../../infra/duopulse-app.js';

// Building the app bundles functions/http/lambda.ts with the local esbuild, once for this file.
let template: Template;
let statefulTemplate: Template;

beforeAll(() => {
  const { stateful, stateless } = createDuopulseApp({ context: { stage: 'test' } });
  template = Template.fromStack(stateless);
  statefulTemplate = Template.fromStack(stateful);
});

function logicalIdOf(tmpl: Template, type: string, properties: Record<string, unknown>): string {
  const ids = Object.keys(tmpl.findResources(type, { Properties: Match.objectLike(properties) }));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

/** The parts of AWS::Lambda::Function properties these tests read. */
interface AppFunctionProperties {
  readonly Role: { readonly 'Fn::GetAtt': readonly [string, string] };
  readonly LoggingConfig: { readonly LogGroup: { readonly Ref: string } };
  readonly Environment: { readonly Variables: Record<string, unknown> };
}

function appFunction(): AppFunctionProperties {
  const functions = Object.values(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp('Hono app') },
    }),
  );
  expect(functions).toHaveLength(1);
  return functions[0]?.Properties as AppFunctionProperties;
}

function appPolicyDocument(): string {
  const [roleId] = appFunction().Role['Fn::GetAtt'];
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
  );
  expect(policies).toHaveLength(1);
  return JSON.stringify(policies[0]?.Properties.PolicyDocument);
}

describe('stateless stack: the app function', () => {
  it('runs Node.js 22 on arm64 with tracing, 1024 MB and 10 s', () => {
    expect(appFunction()).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 10,
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('logs to its own log group kept one month', () => {
    const logGroupId = appFunction().LoggingConfig.LogGroup.Ref;
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
    });
  });

  it('gets its configuration from the environment, without the pulse table', () => {
    const variables = appFunction().Environment.Variables;
    expect(Object.keys(variables).sort()).toEqual([
      'APP_SECRET',
      'MAIL_FROM',
      'MAIN_TABLE_NAME',
      'NODE_OPTIONS',
      'PUBLIC_BASE_URL',
      'SES_CONFIGURATION_SET',
    ]);
    expect(variables).toMatchObject({
      NODE_OPTIONS: '--enable-source-maps',
      MAIL_FROM: 'barometre@duopulse.example',
      SES_CONFIGURATION_SET: 'duopulse-test',
      PUBLIC_BASE_URL: { 'Fn::GetAtt': [expect.stringMatching(/^HttpApi/), 'ApiEndpoint'] },
    });
    expect(JSON.stringify(variables.APP_SECRET)).toMatch(
      /\{\{resolve:secretsmanager:.*AppSecret.*:SecretString:::\}\}/,
    );
    expect(JSON.stringify(variables.MAIN_TABLE_NAME)).toMatch(/MainTable/);
  });

  it('may read and write the main table and its gsi1 index, and never scans', () => {
    const mainTableId = logicalIdOf(statefulTemplate, 'AWS::DynamoDB::Table', {
      TableName: 'duopulse-test-main',
    });
    const document = appPolicyDocument();
    expect(document).toContain(mainTableId);
    expect(document).toContain('/index/gsi1');
    expect(document).toContain('dynamodb:PutItem');
    expect(document).toContain('dynamodb:Query');
    expect(document).not.toContain('dynamodb:Scan');
    expect(document).not.toMatch(/dynamodb:\*/);
  });

  it('has no access at all to the pulse table (advisor anonymity)', () => {
    const pulseTableId = logicalIdOf(statefulTemplate, 'AWS::DynamoDB::Table', {
      TableName: 'duopulse-test-pulse',
    });
    expect(pulseTableId).toMatch(/^PulseTable/);
    expect(JSON.stringify(template.toJSON())).not.toContain(pulseTableId);
    expect(appPolicyDocument()).not.toMatch(/PulseTable|-pulse/);
  });
});

describe('stateless stack: HTTP API', () => {
  it('sends every request to the app function through a Lambda proxy integration', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    const functionId = Object.keys(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('Hono app') },
      }),
    )[0];
    const integrationId = logicalIdOf(template, 'AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'apigateway.amazonaws.com',
    });
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
