import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type ITable,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { physicalTableName, type TableSpec } from '../shared/storage/table-spec.js';

/** How a function may use a table. */
export type TableAccess = 'read' | 'readWrite' | 'write';

// Item-level actions only. Scan is left out on purpose: no Duopulse request path scans a table,
// and the grant makes that rule hold in production too.
const readActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const writeActions = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];
const actionsByAccess: Record<TableAccess, readonly string[]> = {
  read: [...readActions, 'dynamodb:DescribeTable'],
  write: [...writeActions, 'dynamodb:DescribeTable'],
  readWrite: [...new Set([...readActions, ...writeActions]), 'dynamodb:DescribeTable'],
};

/** A table that knows the shared spec it was built from, so grants can name its indexes. */
export interface IDuopulseTable extends ITable {
  readonly spec: TableSpec;
  /** Grants `access` on the table and on each of its indexes by name, with no wildcard. */
  grantAccess(grantee: IGrantable, access: TableAccess): Grant;
  /**
   * Grants item writes (put, update, delete) on the table only to items whose partition key
   * starts with `partitionPrefix` (IAM `dynamodb:LeadingKeys`), no index and no other item.
   */
  grantItemWritesUnder(grantee: IGrantable, partitionPrefix: string): void;
}

export interface DuopulseTableProps {
  readonly spec: TableSpec;
  /** Prefix of the physical name, e.g. `duopulse-dev`. */
  readonly namePrefix: string;
}

/**
 * A Duopulse DynamoDB table built from its entry in the shared table spec: on-demand, point-in-time
 * recovery unless the spec asks for daily backups (see DailyTableBackup), encrypted with the AWS-managed key, TTL and indexes (projection ALL) from the spec,
 * deletion-protected and retained when its stack is deleted.
 */
export class DuopulseTable extends Table implements IDuopulseTable {
  readonly spec: TableSpec;

  constructor(scope: Construct, id: string, props: DuopulseTableProps) {
    const { spec } = props;
    super(scope, id, {
      tableName: physicalTableName(props.namePrefix, spec),
      partitionKey: { name: spec.partitionKey, type: AttributeType.STRING },
      sortKey: { name: spec.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: spec.backup === 'point-in-time' },
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: spec.timeToLiveAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.spec = spec;
    for (const index of spec.globalIndexes) {
      this.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }

  grantAccess(grantee: IGrantable, access: TableAccess): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: [...actionsByAccess[access]],
      resourceArns: [
        this.tableArn,
        ...this.spec.globalIndexes.map((index) => `${this.tableArn}/index/${index.name}`),
      ],
    });
  }

  grantItemWritesUnder(grantee: IGrantable, partitionPrefix: string): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [this.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${partitionPrefix}*`] } },
      }),
    );
  }
}
