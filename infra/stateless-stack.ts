import { Duration, Fn, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { managerDigestPartitionPrefix } from '../functions/adapters/dynamo/keys.js';
import { payExportPrefix } from '../functions/adapters/export/s3-export-store.js';
import { scalarBundleFile, scalarBundleSource } from '../functions/http/scalar-bundle.js';
import { CognitoSignIn } from './cognito-sign-in.js';
import { DuopulseFunction, functionEntry } from './duopulse-function.js';
import { JobSchedules } from './job-schedules.js';
import { SesMail } from './ses-mail.js';
import type { DuopulseTables, ExportBucketExports } from './stateful-stack.js';

/** The jobs that send email, each run by an EventBridge Scheduler schedule. */
export type MailJobName = 'survey-dispatch' | 'pulse-dispatch' | 'pulse-reminder' | 'pulse-retry';

export interface StatelessStackProps extends StackProps {
  /** Environment name, e.g. `dev` or `prod`. */
  readonly stage: string;
  readonly tables: DuopulseTables;
  readonly appSecret: ISecret;
  /** The Object Lock bucket closed pay quarters are exported to (the app function writes it). */
  readonly exportBucket: ExportBucketExports;
  /** Base URL of links in emails; default the HTTP API's own endpoint. */
  readonly publicBaseUrl?: string;
  /** Sender address of survey and pulse emails. */
  readonly mailFrom: string;
  /** Domain SES verifies for sending; default the domain of `mailFrom`. */
  readonly mailDomain?: string;
  /** Creates the SES identity of `mailDomain` with Easy DKIM (see {@link SesMail}); default off. */
  readonly createEmailIdentity?: boolean;
  /** Default stage throttling for the whole API; defaults suit one customer-service centre. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

/**
 * Everything that runs and can be redeployed at will: the HTTP API and the functions behind it,
 * the scheduled jobs and the SES sending setup. Data lives in the stateful stack and reaches this
 * one as typed props.
 */
export class StatelessStack extends Stack {
  readonly httpApi: HttpApi;
  /** The Hono app: manager pages, integration API; never the pulse table. */
  readonly appFunction: DuopulseFunction;
  /** Survey pages and recording (/s/…, /u/…): the only writer of the pulse table. */
  readonly surveyFunction: DuopulseFunction;
  /** Scheduled jobs that send survey and pulse emails. */
  readonly mailJobs: Readonly<Record<MailJobName, DuopulseFunction>>;
  /** Turns SES bounces and complaints into suppressed contact records. */
  readonly sesEventsFunction: DuopulseFunction;
  /** Name of the SES configuration set the mailer sends through. */
  readonly sesConfigurationSetName: string;
  readonly sesMail: SesMail;
  readonly jobSchedules: JobSchedules;
  /** The only reader of the pulse table: publishes each closed week's pulse figures, daily. */
  readonly publicationFunction: DuopulseFunction;
  /** Reads the pulse table too: publishes each month's advisor logics once its module week closed, daily. */
  readonly logicsPublicationFunction: DuopulseFunction;
  /** Staff sign-in: the user pool with one group per role, managed login, the app client. */
  readonly cognitoSignIn: CognitoSignIn;
  /** The managers' weekly digest, Monday morning: reads the main table, writes only its markers. */
  readonly managerDigestFunction: DuopulseFunction;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    this.sesConfigurationSetName = `duopulse-${props.stage}`;
    this.sesMail = new SesMail(this, 'SesMail', {
      configurationSetName: this.sesConfigurationSetName,
      mailFrom: props.mailFrom,
      mailDomain: props.mailDomain ?? props.mailFrom.split('@')[1] ?? '',
      createEmailIdentity: props.createEmailIdentity,
    });
    this.httpApi = this.createHttpApi(props);
    this.cognitoSignIn = new CognitoSignIn(this, 'CognitoSignIn', {
      domainPrefix: `duopulse-${props.stage}-${this.account}`,
      publicBaseUrl: props.publicBaseUrl ?? this.publicBaseUrl,
    });
    this.appFunction = this.createAppFunction(props);
    this.routeByDefault(this.appFunction);
    this.surveyFunction = this.createSurveyFunction(props);
    this.routeSurveyLinks(this.surveyFunction);

    this.jobSchedules = new JobSchedules(this, 'JobSchedules');
    this.mailJobs = this.createMailJobs(props);
    this.sesEventsFunction = this.createSesEventsFunction(props);
    this.publicationFunction = this.createPublicationFunction(props);
    this.logicsPublicationFunction = this.createLogicsPublicationFunction(props);
    this.managerDigestFunction = this.createManagerDigestFunction(props);
  }

  /** Origin of every link in emails, without a trailing slash. */
  get publicBaseUrl(): string {
    return this.httpApi.apiEndpoint;
  }

  private createHttpApi(props: StatelessStackProps): HttpApi {
    const api = new HttpApi(this, 'HttpApi', {
      description: `Duopulse ${props.stage}: survey, pulse and manager pages, integration API`,
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'HttpApiAccessLogs', { retention: RetentionDays.ONE_MONTH });
    new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // No source IP, user agent or raw path (survey links carry tokens in the path): an access
        // log line must never tie an advisor to the moment a pulse answer was recorded.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    return api;
  }

  private createAppFunction(props: StatelessStackProps): DuopulseFunction {
    const app = new DuopulseFunction(this, 'AppFunction', {
      entry: functionEntry('http/lambda.ts'),
      kind: 'app',
      description: 'Duopulse Hono app: pages, survey links, integration API',
      // The API reference page's script, served by the app itself (no CDN).
      bundleFiles: [{ from: scalarBundleSource, to: scalarBundleFile }],
    });
    // Read-write on the main table only. The pulse table is deliberately not bound: the role
    // that builds pages and exports must never be able to read anonymous advisor answers.
    app
      .bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'readWrite')
      // A CloudFormation dynamic reference, resolved at deploy time and never written into the
      // template: the value reaches the function as a plain variable, so config is read once at
      // cold start with no Secrets Manager call on the request path.
      .addEnvironment('APP_SECRET', props.appSecret.secretValue.unsafeUnwrap())
      .addEnvironment('COGNITO_USER_POOL_ID', this.cognitoSignIn.userPool.userPoolId)
      .addEnvironment('COGNITO_CLIENT_ID', this.cognitoSignIn.client.userPoolClientId)
      .addEnvironment('COGNITO_DOMAIN', this.cognitoSignIn.loginOrigin)
      .addEnvironment('PUBLIC_BASE_URL', props.publicBaseUrl ?? this.publicBaseUrl)
      .addEnvironment('EXPORT_BUCKET', Fn.importValue(props.exportBucket.name));
    // Payroll downloads store each closed revision's files under pay-exports/ before serving them:
    // PutObject and GetObject there, and nothing else. No delete, no retention or legal-hold
    // change, no governance bypass: Object Lock (COMPLIANCE) keeps a stored file as it is.
    app.role.addToPolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [`${Fn.importValue(props.exportBucket.arn)}/${payExportPrefix}*`],
      }),
    );
    Validations.of(app.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${props.exportBucket.arn}/${payExportPrefix}*]`,
      reason:
        'Export file names are made per closed quarter and revision at run time; the grant is PutObject and GetObject under pay-exports/ only, and Object Lock (COMPLIANCE) keeps every stored version.',
    });
    return app;
  }

  private createSurveyFunction(props: StatelessStackProps): DuopulseFunction {
    const survey = new DuopulseFunction(this, 'SurveyFunction', {
      entry: functionEntry('http/survey-lambda.ts'),
      kind: 'survey',
      description: 'Duopulse survey links: customer survey, anonymous advisor pulse, unsubscribe',
    });
    // Write-only on the pulse table: recording an anonymous answer needs no read, so even this
    // role cannot list what advisors answered.
    survey
      .bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'readWrite')
      .bindTable(props.tables.pulse, 'PULSE_TABLE_NAME', 'write')
      .addEnvironment('APP_SECRET', props.appSecret.secretValue.unsafeUnwrap());
    return survey;
  }

  private createMailJobs(props: StatelessStackProps): Record<MailJobName, DuopulseFunction> {
    const paris = TimeZone.EUROPE_PARIS;
    const plan: Record<MailJobName, { id: string; description: string; schedule: ScheduleExpression }> = {
      'survey-dispatch': {
        id: 'SurveyDispatch',
        description: 'Sends customer surveys for the eligible interactions recorded since the last run',
        schedule: ScheduleExpression.cron({ minute: '0/15', timeZone: paris }),
      },
      'pulse-dispatch': {
        id: 'PulseDispatch',
        description: "Invites advisors to the week's anonymous pulse, Monday morning",
        schedule: ScheduleExpression.cron({ minute: '0', hour: '7', weekDay: 'MON', timeZone: paris }),
      },
      'pulse-reminder': {
        id: 'PulseReminder',
        description: "Reminds advisors who have not answered the week's pulse, Thursday morning",
        schedule: ScheduleExpression.cron({ minute: '0', hour: '7', weekDay: 'THU', timeZone: paris }),
      },
      'pulse-retry': {
        id: 'PulseRetry',
        description:
          'Tries again the pulse invitations and reminders a transient failure held back, every two hours while their links are open',
        schedule: ScheduleExpression.cron({ minute: '30', hour: '0/2', timeZone: paris }),
      },
    };
    const entries = Object.entries(plan) as [MailJobName, (typeof plan)[MailJobName]][];
    const jobs = Object.fromEntries(
      entries.map(([name, { id, description, schedule }]) => {
        const job = new DuopulseFunction(this, `${id}Function`, {
          entry: functionEntry(`jobs/${name}.ts`),
          kind: 'mail-job',
          description: `Duopulse ${name} job: ${description}`,
          timeout: Duration.minutes(5),
        });
        // Main table only: no job that sends email may touch the pulse table.
        job
          .bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'readWrite')
          .addEnvironment('PUBLIC_BASE_URL', props.publicBaseUrl ?? this.publicBaseUrl)
          .addEnvironment('MAIL_FROM', props.mailFrom)
          .addEnvironment('SES_CONFIGURATION_SET', this.sesConfigurationSetName)
          .addEnvironment('APP_SECRET', props.appSecret.secretValue.unsafeUnwrap());
        this.sesMail.grantSendFromMailFrom(job.role);
        this.jobSchedules.add(`${id}Schedule`, { job, schedule, description });
        return [name, job];
      }),
    );
    return jobs as Record<MailJobName, DuopulseFunction>;
  }

  private createPublicationFunction(props: StatelessStackProps): DuopulseFunction {
    const job = new DuopulseFunction(this, 'PublicationFunction', {
      entry: functionEntry('jobs/pulse-publication.ts'),
      kind: 'publication-job',
      description: "Duopulse pulse publication: decides and stores each closed week's pulse figures, once",
      timeout: Duration.minutes(15),
    });
    // Read-only on the pulse table (it opens the sealed answers) and read-write on the main
    // table (participation, roster, the publication itself). It sends no mail.
    job
      .bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'readWrite')
      .bindTable(props.tables.pulse, 'PULSE_TABLE_NAME', 'read')
      .addEnvironment('APP_SECRET', props.appSecret.secretValue.unsafeUnwrap());
    this.jobSchedules.add('PublicationSchedule', {
      job,
      schedule: ScheduleExpression.cron({ minute: '30', hour: '2', timeZone: TimeZone.EUROPE_PARIS }),
      description: 'Publishes the pulse figures of every week whose links have expired',
    });
    return job;
  }

  private createLogicsPublicationFunction(props: StatelessStackProps): DuopulseFunction {
    const job = new DuopulseFunction(this, 'LogicsPublicationFunction', {
      entry: functionEntry('jobs/logics-publication.ts'),
      kind: 'publication-job',
      description:
        "Duopulse advisor logics: decides and stores each month's logics once its module week closed",
      timeout: Duration.minutes(15),
    });
    // Like the pulse publication: read-only on the pulse table (it opens the module week's
    // sealed answers), read-write on the main table (roster, participation, lists, its own
    // months). It sends no mail. Daily and idempotent: a published month is skipped.
    job
      .bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'readWrite')
      .bindTable(props.tables.pulse, 'PULSE_TABLE_NAME', 'read')
      .addEnvironment('APP_SECRET', props.appSecret.secretValue.unsafeUnwrap());
    this.jobSchedules.add('LogicsPublicationSchedule', {
      job,
      schedule: ScheduleExpression.cron({ minute: '30', hour: '3', timeZone: TimeZone.EUROPE_PARIS }),
      description: 'Publishes the advisor logics of every month whose module week has closed',
    });
    return job;
  }

  private createManagerDigestFunction(props: StatelessStackProps): DuopulseFunction {
    const job = new DuopulseFunction(this, 'ManagerDigestFunction', {
      entry: functionEntry('jobs/manager-digest.ts'),
      kind: 'digest-job',
      description: "Duopulse manager digest: last week's team figures to each manager, once per week",
      timeout: Duration.minutes(15),
    });
    // Reads the roster, aggregates, published pulse figures and users on the main table; writes
    // only its own DIGEST# markers (the idempotency claims). No pulse table, no secret.
    job
      .bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'read')
      .addEnvironment('PUBLIC_BASE_URL', props.publicBaseUrl ?? this.publicBaseUrl)
      .addEnvironment('MAIL_FROM', props.mailFrom)
      .addEnvironment('SES_CONFIGURATION_SET', this.sesConfigurationSetName);
    props.tables.main.grantItemWritesUnder(job.role, managerDigestPartitionPrefix);
    this.sesMail.grantSendFromMailFrom(job.role);
    this.jobSchedules.add('ManagerDigestSchedule', {
      job,
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: '8',
        weekDay: 'MON',
        timeZone: TimeZone.EUROPE_PARIS,
      }),
      description: "Sends each team manager last week's digest, Monday morning",
    });
    return job;
  }

  private createSesEventsFunction(props: StatelessStackProps): DuopulseFunction {
    const sesEvents = new DuopulseFunction(this, 'SesEventsFunction', {
      entry: functionEntry('jobs/ses-events.ts'),
      kind: 'ses-events',
      description: 'Duopulse SES events: suppresses addresses that bounced or complained',
      timeout: Duration.seconds(30),
    });
    sesEvents
      .bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'readWrite')
      .addEnvironment('APP_SECRET', props.appSecret.secretValue.unsafeUnwrap());
    this.jobSchedules.captureFailures(sesEvents);
    this.sesMail.feedbackTopic.addSubscription(
      new LambdaSubscription(sesEvents.lambdaFunction, {
        deadLetterQueue: this.jobSchedules.deadLetterQueue,
      }),
    );
    return sesEvents;
  }

  /** Sends every survey link (/s/…) and unsubscribe link (/u/…), any method, to `target`. */
  private routeSurveyLinks(target: DuopulseFunction): void {
    const integration = new HttpLambdaIntegration('SurveyIntegration', target.lambdaFunction);
    for (const path of ['/s/{proxy+}', '/u/{proxy+}']) {
      const [route] = this.httpApi.addRoutes({ path, methods: [HttpMethod.ANY], integration });
      if (!route) throw new Error(`No route was created for ${path}`);
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Customers and advisors open survey and unsubscribe links from an email without an account; the link itself is the credential (a signed, expiring token checked by the survey function, consumed by a conditional write when an answer is recorded).',
      });
    }
  }

  /** Sends every request without a more specific route to `target`. */
  private routeByDefault(target: DuopulseFunction): void {
    const route = new HttpRoute(this, 'DefaultRoute', {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration: new HttpLambdaIntegration('AppIntegration', target.lambdaFunction),
    });
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Customers and advisors open survey links without an account; the Hono app authorises every request itself (signed expiring survey tokens, session cookies for staff, hashed API keys for /api/v1) and checks scope on each route.',
    });
  }
}
