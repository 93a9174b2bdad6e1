import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type App, Validations } from 'aws-cdk-lib';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDuopulseApp } from '../../infra/duopulse-app.js';

// cdk-nag 3 is a policy validation plugin: `createDuopulseApp` registers AwsSolutionsChecks with
// `Validations.of(app).addPlugins(...)`, synthesis fails on any unacknowledged error, and every
// finding (warnings included) lands in the assembly's validation report. Acknowledgements are
// `Validations.of(construct).acknowledge({ id, reason })` metadata on the construct tree.
let app: App;
let assembly: CloudAssembly;

beforeAll(() => {
  app = createDuopulseApp({ context: { stage: 'test' } }).app;
  assembly = app.synth();
});

interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

function acknowledgements(): Acknowledgement[] {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds no unacknowledged error or warning anywhere in the app', () => {
    const { violations } = new AwsSolutionsChecks().validateScope(app);
    const findings = violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
  });

  it('leaves nothing from AwsSolutions in the synthesized validation report', () => {
    const reportPath = join(assembly.directory, 'validation-report.json');
    const report = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
    expect(report).not.toMatch(/AwsSolutions-/);
  });

  it('acknowledges only these findings, each with a reason specific to Duopulse', () => {
    const found = acknowledgements();
    // Each DuopulseFunction acknowledges the same two findings (X-Ray's resource-less actions,
    // the pinned Node.js 22 runtime), once per function.
    const functions = [
      'AppFunction',
      'LogicsPublicationFunction',
      'ManagerDigestFunction',
      'PulseDispatchFunction',
      'PublicationFunction',
      'PulseReminderFunction',
      'PulseRetryFunction',
      'SesEventsFunction',
      'SurveyDispatchFunction',
      'SurveyFunction',
    ];
    expect(found.map((a) => `${a.id} @ ${a.path}`).sort()).toEqual(
      [
        'AwsSolutions-APIG4 @ Duopulse-test-Stateless/DefaultRoute',
        'AwsSolutions-APIG4 @ Duopulse-test-Stateless/HttpApi/ANY--s--{proxy+}',
        'AwsSolutions-APIG4 @ Duopulse-test-Stateless/HttpApi/ANY--u--{proxy+}',
        ...functions.map((fn) => `AwsSolutions-IAM5[Resource::*] @ Duopulse-test-Stateless/${fn}/Role`),
        'AwsSolutions-IAM5[Resource::duopulse-test-export-bucket-arn/pay-exports/*] @ Duopulse-test-Stateless/AppFunction/Role',
        ...functions.map((fn) => `AwsSolutions-L1 @ Duopulse-test-Stateless/${fn}/Function`),
        'AwsSolutions-DDB3 @ Duopulse-test-Stateful/PulseTable',
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup] @ Duopulse-test-Stateful/PulseTableDailyBackup/Plan/Table',
        'AwsSolutions-S1 @ Duopulse-test-Stateful/AccessLogBucket',
        'AwsSolutions-SMG4 @ Duopulse-test-Stateful/AppSecret',
        'AwsSolutions-SQS3 @ Duopulse-test-Stateless/JobSchedules/DeadLetterQueue',
      ].sort(),
    );
    for (const { reason } of found) expect(reason.length).toBeGreaterThan(80);
  });
});
