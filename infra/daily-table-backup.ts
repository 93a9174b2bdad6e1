import { Duration, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import type { IDuopulseTable } from './duopulse-table.js';

/**
 * One backup a day (03:00 UTC, kept 35 days) of a table whose spec asks for it instead of
 * point-in-time recovery: the pulse table. Continuous recovery lets an account administrator
 * restore the table second by second and date each anonymous answer against the invitation it
 * consumed; a daily copy only tells which answers existed on which day, as the weeks already do.
 */
export class DailyTableBackup extends Construct {
  constructor(scope: Construct, id: string, table: IDuopulseTable) {
    super(scope, id);
    const vault = new BackupVault(this, 'Vault');
    const plan = new BackupPlan(this, 'Plan', { backupVault: vault });
    plan.addRule(
      new BackupPlanRule({
        ruleName: 'daily',
        scheduleExpression: Schedule.cron({ hour: '3', minute: '0' }),
        deleteAfter: Duration.days(35),
      }),
    );
    const selection = plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(table)] });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        "AWS Backup's own service-role policy is the documented way to let it back up and restore the table.",
    });
    Validations.of(table).acknowledge({
      id: 'AwsSolutions-DDB3',
      reason:
        'The pulse table is backed up daily by AWS Backup instead: point-in-time restores a second apart would date each anonymous answer.',
    });
  }
}
