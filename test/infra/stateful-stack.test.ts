import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { duopulseFeatureContext } from '../../infra/duopulse-app.js';
import { exportRetentionDays, StatefulStack, tableNamePrefix } from '../../infra/stateful-stack.js';
import { mainTable, physicalTableName, pulseTable, tableSpecs } from '../../shared/storage/table-spec.js';

let template: Template;

beforeAll(() => {
  const app = new App({ context: duopulseFeatureContext });
  const stack = new StatefulStack(app, 'Stateful', { stage: 'test', env: { region: 'eu-west-3' } });
  template = Template.fromStack(stack);
});

function tableNamed(name: string): Record<string, unknown> {
  const found = Object.values(
    template.findResources('AWS::DynamoDB::Table', { Properties: { TableName: name } }),
  );
  expect(found).toHaveLength(1);
  return found[0] as Record<string, unknown>;
}

describe('stateful stack: tables from the shared table spec', () => {
  it('builds exactly one table per spec, named per environment', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', tableSpecs.length);
    expect(physicalTableName(tableNamePrefix('test'), mainTable)).toBe('duopulse-test-main');
    for (const spec of tableSpecs) tableNamed(physicalTableName(tableNamePrefix('test'), spec));
  });

  it.each(tableSpecs.map((spec) => [spec.name, spec] as const))(
    '%s table is on-demand, recoverable, encrypted, protected and retained',
    (_name, spec) => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          TableName: `duopulse-test-${spec.name}`,
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: {
            PointInTimeRecoveryEnabled: spec.backup === 'point-in-time',
          },
          SSESpecification: { SSEEnabled: true },
          DeletionProtectionEnabled: true,
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
        }),
      });
    },
  );

  it('main table expires items on expiresAt and carries gsi1 (gsi1pk/gsi1sk, projection ALL)', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'duopulse-test-main',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gsi1',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('backs the pulse table up once a day (kept 35 days), never point in time', () => {
    expect(pulseTable.backup).toBe('daily');
    expect(mainTable.backup).toBe('point-in-time');
    template.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: Match.objectLike({
        BackupPlanRule: [
          Match.objectLike({
            ScheduleExpression: 'cron(0 3 * * ? *)',
            Lifecycle: { DeleteAfterDays: 35 },
          }),
        ],
      }),
    });
    const selections = Object.values(template.findResources('AWS::Backup::BackupSelection'));
    expect(selections).toHaveLength(1);
    expect(JSON.stringify(selections)).toContain('PulseTable');
    expect(JSON.stringify(selections)).not.toContain('MainTable');
  });

  it('pulse table has no TTL and no index, as its spec says', () => {
    expect(pulseTable.timeToLiveAttribute).toBeUndefined();
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'duopulse-test-pulse',
      TimeToLiveSpecification: Match.absent(),
      GlobalSecondaryIndexes: Match.absent(),
    });
  });
});

describe('stateful stack: payroll export bucket', () => {
  const blockAll = {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  };

  it('blocks public access, encrypts, versions and logs access to the log bucket', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: blockAll,
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: {
          DestinationBucketName: { Ref: Match.stringLikeRegexp('^AccessLogBucket') },
          LogFilePrefix: 'export-bucket/',
        },
      }),
    });
  });

  it('locks every export object version in COMPLIANCE mode for five years by default', () => {
    expect(exportRetentionDays).toBeGreaterThanOrEqual(5 * 365 + 1);
    const locked = template.findResources('AWS::S3::Bucket', {
      Properties: { ObjectLockEnabled: true },
    });
    expect(Object.keys(locked)).toEqual([expect.stringMatching(/^ExportBucket/)]);
    const [bucket] = Object.values(locked);
    expect(bucket?.DeletionPolicy).toBe('Retain');
    expect(bucket?.Properties.ObjectLockConfiguration).toEqual({
      ObjectLockEnabled: 'Enabled',
      Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: exportRetentionDays } },
    });
    expect(bucket?.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
  });

  it('every bucket blocks public access and denies requests without TLS', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(2);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual(blockAll);
    }
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });
});

describe('stateful stack: application secret', () => {
  it('is generated with 48 characters and no punctuation, and retained', () => {
    template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true },
      }),
    });
  });
});
