import { Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { DuopulseFunction, functionEntry } from './duopulse-function.js';
import type { DuopulseTables } from './stateful-stack.js';

export interface StatelessStackProps extends StackProps {
  /** Environment name, e.g. `dev` or `prod`. */
  readonly stage: string;
  readonly tables: DuopulseTables;
  readonly appSecret: ISecret;
  /** Base URL of links in emails; default the HTTP API's own endpoint. */
  readonly publicBaseUrl?: string;
  /** Sender address of survey and pulse emails. */
  readonly mailFrom: string;
  /** Default stage throttling for the whole API; defaults suit one customer-service centre. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

/**
 * Everything that runs and can be redeployed at will: the HTTP API and the functions behind it.
 * Data lives in the stateful stack and reaches this one as typed props.
 */
export class StatelessStack extends Stack {
  readonly httpApi: HttpApi;
  /** The Hono app: survey pages, manager pages, integration API. */
  readonly appFunction: DuopulseFunction;
  /** Name of the SES configuration set the mailer sends through. */
  readonly sesConfigurationSetName: string;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    this.sesConfigurationSetName = `duopulse-${props.stage}`;
    this.httpApi = this.createHttpApi(props);
    this.appFunction = this.createAppFunction(props);
    this.routeByDefault(this.appFunction);
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
      description: 'Duopulse Hono app: pages, survey links, integration API',
    });
    // Read-write on the main table only. The pulse table is deliberately not bound: the role
    // that builds pages and exports must never be able to read anonymous advisor answers.
    app.bindTable(props.tables.main, 'MAIN_TABLE_NAME', 'readWrite');
    app
      .addEnvironment('PUBLIC_BASE_URL', props.publicBaseUrl ?? this.publicBaseUrl)
      .addEnvironment('MAIL_FROM', props.mailFrom)
      .addEnvironment('SES_CONFIGURATION_SET', this.sesConfigurationSetName)
      // A CloudFormation dynamic reference, resolved at deploy time and never written into the
      // template: the value reaches the function as a plain variable, so config is read once at
      // cold start with no Secrets Manager call on the request path.
      .addEnvironment('APP_SECRET', props.appSecret.secretValue.unsafeUnwrap());
    return app;
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
