import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectLockRetention,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { mainTable, pulseTable } from '../shared/storage/table-spec.js';
import { DailyTableBackup } from './daily-table-backup.js';
import { DuopulseTable, type IDuopulseTable } from './duopulse-table.js';

/** Names of the CloudFormation exports carrying the export bucket's name and ARN. */
export interface ExportBucketExports {
  readonly name: string;
  readonly arn: string;
}

/**
 * Stable, stage-scoped export names: the stateless stack imports them by name, so the app's
 * grant names a resource string known when the stack is written (cdk-nag acknowledges exactly it).
 */
export function exportBucketExportNames(stage: string): ExportBucketExports {
  return { name: `duopulse-${stage}-export-bucket-name`, arn: `duopulse-${stage}-export-bucket-arn` };
}

/** The tables of one environment, one per entry of the shared table spec. */
export interface DuopulseTables {
  /** Roster, interactions, invitations, customer responses, aggregates, pay, audit. */
  readonly main: IDuopulseTable;
  /** Anonymous advisor pulse answers only; page-building roles get no access to it. */
  readonly pulse: IDuopulseTable;
}

export interface StatefulStackProps extends StackProps {
  /** Environment name, e.g. `dev` or `prod`; it prefixes every physical table name. */
  readonly stage: string;
}

/**
 * How long each payroll export file is locked, in COMPLIANCE mode: no one, the account root
 * included, can delete it, overwrite it or shorten its lock before then. Five years: French
 * employers keep pay records five years (Code du travail art. L3243-4: the duplicate of pay slips
 * is kept five years), and a lock that cannot be lifted must not hold names and pay longer than
 * needed (GDPR art. 5(1)(e)); 1,827 days covers the leap days of five years.
 */
export const exportRetentionDays = 1_827;

/** Prefix of the physical table names of an environment, e.g. `duopulse-dev`. */
export function tableNamePrefix(stage: string): string {
  return `duopulse-${stage}`;
}

/**
 * Everything that holds data and must outlive a redeploy of the functions: the DynamoDB tables,
 * the payroll export bucket, and the application secret. Every resource here is retained when
 * the stack is deleted.
 */
export class StatefulStack extends Stack {
  readonly tables: DuopulseTables;
  /** Payroll exports per closed quarter (CSV, JSON, manifest). */
  readonly exportBucket: IBucket;
  /** The export bucket's name and ARN as named CloudFormation exports the stateless stack imports. */
  readonly exportBucketExports: ExportBucketExports;
  /**
   * Signs survey tokens and keys the hashes of customer emails stored in the main table, so it
   * lives as long as the tables: a new value would orphan every contact record.
   */
  readonly appSecret: ISecret;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const namePrefix = tableNamePrefix(props.stage);
    this.tables = {
      main: new DuopulseTable(this, 'MainTable', { spec: mainTable, namePrefix }),
      pulse: new DuopulseTable(this, 'PulseTable', { spec: pulseTable, namePrefix }),
    };
    for (const table of Object.values(this.tables)) {
      if (table.spec.backup === 'daily') new DailyTableBackup(this, `${table.node.id}DailyBackup`, table);
    }
    this.exportBucket = this.createExportBucket();
    this.exportBucketExports = exportBucketExportNames(props.stage);
    new CfnOutput(this, 'ExportBucketName', {
      value: this.exportBucket.bucketName,
      exportName: this.exportBucketExports.name,
    });
    new CfnOutput(this, 'ExportBucketArn', {
      value: this.exportBucket.bucketArn,
      exportName: this.exportBucketExports.arn,
    });
    this.appSecret = this.createAppSecret();
  }

  private createExportBucket(): Bucket {
    const accessLogs = new Bucket(this, 'AccessLogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // S3 server access logging delivers only to buckets encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) }],
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the access logs of the payroll export bucket; logging its own access would loop.',
    });

    return new Bucket(this, 'ExportBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      // Every object version is locked by default: a closed revision cannot be changed or
      // removed before its retention ends, a correction is a new object (the next revision).
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(Duration.days(exportRetentionDays)),
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'export-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  private createAppSecret(): Secret {
    const secret = new Secret(this, 'AppSecret', {
      description: 'Duopulse APP_SECRET: signs survey tokens and keys customer email hashes.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'APP_SECRET keys the customer email hashes in the main table (quiet periods, unsubscribes, suppressions) and signs survey links already sent; an automatic rotation would orphan those records and break live links, so it is rotated only by a planned re-keying.',
    });
    return secret;
  }
}
