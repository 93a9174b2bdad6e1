import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, type ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke, type ScheduleTargetBaseProps } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DuopulseFunction } from './duopulse-function.js';

/** How long a failed job run waits in the dead-letter queue for someone to look at it. */
const deadLetterRetention = Duration.days(14);

/**
 * Invokes the function itself (its unqualified ARN) and nothing else: the stock target also grants
 * every version and alias (`<arn>:*`), which a schedule of the latest code never needs.
 */
class LatestLambdaInvoke extends LambdaInvoke {
  constructor(
    private readonly invokedFunction: IFunction,
    props: ScheduleTargetBaseProps,
  ) {
    super(invokedFunction, props);
  }

  protected override addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.invokedFunction.functionArn],
      }),
    );
  }
}

export interface JobScheduleProps {
  readonly job: DuopulseFunction;
  readonly schedule: ScheduleExpression;
  readonly description: string;
}

/**
 * The scheduled and event-driven jobs' failure path: one encrypted dead-letter queue, with an
 * alarm as soon as it holds a message, that receives both the runs EventBridge Scheduler could not
 * deliver (after its retry policy) and the runs that failed inside the function (after Lambda's
 * own retries of an asynchronous invocation). Every job is idempotent, so a retried or replayed
 * run sends nothing twice.
 */
export class JobSchedules extends Construct {
  readonly deadLetterQueue: Queue;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: deadLetterRetention,
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of the scheduled jobs and of the SES bounce/complaint handler; a message left here is a failed job run kept 14 days for inspection and replay, with nothing further to hand it to.',
    });
    this.deadLetterAlarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmDescription: 'A Duopulse job run failed after its retries (survey or pulse dispatch, SES events)',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      threshold: 0,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  /**
   * Sends the failures of `job`'s asynchronous invocations (scheduled runs, SNS events) to the
   * dead-letter queue after two Lambda retries within an hour.
   */
  captureFailures(job: DuopulseFunction): void {
    job.lambdaFunction.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
  }

  /**
   * Runs `job` on `schedule` with EventBridge Scheduler. Scheduler retries a delivery it could not
   * make for up to an hour, then leaves the event in the dead-letter queue; the function's own
   * failures go there too.
   */
  add(id: string, props: JobScheduleProps): Schedule {
    this.captureFailures(props.job);
    return new Schedule(this, id, {
      description: props.description,
      schedule: props.schedule,
      target: new LatestLambdaInvoke(props.job.lambdaFunction, {
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
        deadLetterQueue: this.deadLetterQueue,
      }),
    });
  }
}
