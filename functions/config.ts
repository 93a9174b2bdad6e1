import * as z from 'zod/mini';

/**
 * The environment of each kind of function, parsed once at cold start. A deployed kind has no
 * default: a missing or wrong variable stops the function with the variable's name, instead of
 * falling back on a local value. Only `local` (npm start, the CLIs and the tests) has defaults.
 */

const tableName = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9_.-]{3,255}$/, 'expected a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -)'),
  );
const appSecret = z.string().check(z.minLength(32, 'expected at least 32 characters'));
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const region = z
  .string()
  .check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'expected an AWS region, e.g. eu-west-3'));
const mailFrom = z.email('expected an email address');
const configurationSetName = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an SES configuration set name'));

const bucketName = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'expected an S3 bucket name'));

/** Tables and the link secret: what every function on the main table needs. */
const mainTable = {
  /** Physical name of the main table (bound by the CDK stack). */
  MAIN_TABLE_NAME: tableName,
  /** Key for signing survey tokens and hashing customer emails. */
  APP_SECRET: appSecret,
  /** Set by the Lambda runtime itself. */
  AWS_REGION: region,
};

const userPoolId = z
  .string()
  .check(
    z.regex(
      /^[a-z]{2}(-[a-z]+)+-\d+_[A-Za-z0-9]+$/,
      'expected a Cognito user pool id, e.g. eu-west-3_AbC123',
    ),
  );
const userPoolClientId = z.string().check(z.regex(/^[a-z0-9]{1,128}$/, 'expected a Cognito app client id'));
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https URL' });

/** Staff sign-in: Cognito's managed login with the authorization-code flow (DESIGN §8). */
const cognitoSignIn = {
  COGNITO_USER_POOL_ID: userPoolId,
  /** The public app client (PKCE, no secret) registered with `${PUBLIC_BASE_URL}/auth/callback`. */
  COGNITO_CLIENT_ID: userPoolClientId,
  /** Origin of the managed login pages, e.g. https://duopulse-prod-….auth.eu-west-3.amazoncognito.com. */
  COGNITO_DOMAIN: httpsUrl,
};

export const configSchemas = {
  /** The Hono app (pages, integration API): never the pulse table. */
  app: z.object({
    ...mainTable,
    ...cognitoSignIn,
    /** Origin the browser sees, without a trailing slash: sign-in redirects come back to it. */
    PUBLIC_BASE_URL: webUrl,
    /** The Object Lock bucket payroll's downloads are stored in (pay-exports/…). */
    EXPORT_BUCKET: bucketName,
  }),
  /** Survey pages and recording: the only writer of the pulse table. */
  survey: z.object({ ...mainTable, PULSE_TABLE_NAME: tableName }),
  /** Scheduled jobs that send survey and pulse emails through SES. */
  'mail-job': z.object({
    ...mainTable,
    /** Origin of the links in emails, without a trailing slash. */
    PUBLIC_BASE_URL: webUrl,
    MAIL_FROM: mailFrom,
    SES_CONFIGURATION_SET: configurationSetName,
  }),
  /**
   * The managers' weekly digest: reads the main table (roster, aggregates, publication, users),
   * writes only its digest markers, sends through SES. No secret: it signs no link.
   */
  'digest-job': z.object({
    MAIN_TABLE_NAME: tableName,
    AWS_REGION: region,
    /** Origin of the manager pages the digest links to, without a trailing slash. */
    PUBLIC_BASE_URL: webUrl,
    MAIL_FROM: mailFrom,
    SES_CONFIGURATION_SET: configurationSetName,
  }),
  /** SES bounce and complaint events: suppresses addresses on the main table, sends nothing. */
  'ses-events': z.object({ ...mainTable }),
  /** The pulse publication job: the only reader of the pulse table, which it opens with the secret. */
  'publication-job': z.object({ ...mainTable, PULSE_TABLE_NAME: tableName }),
  /** This machine: `npm start`, the CLIs and the tests, with defaults for everything but the secret. */
  local: z.object({
    MAIN_TABLE_NAME: z._default(tableName, 'duopulse-local-main'),
    PULSE_TABLE_NAME: z._default(tableName, 'duopulse-local-pulse'),
    /** Another DynamoDB (DynamoDB Local, or a test instance); unset means AWS itself. */
    DYNAMODB_ENDPOINT: z.optional(webUrl),
    AWS_REGION: z._default(region, 'eu-west-3'),
    APP_SECRET: appSecret,
    /** Origin of the links in emails; unset, `http://localhost:${PORT}` (see `loadConfig`). */
    PUBLIC_BASE_URL: z._default(webUrl, 'http://localhost:3000'),
    MAIL_FROM: z._default(mailFrom, 'barometre@duopulse.example'),
    SES_CONFIGURATION_SET: z._default(configurationSetName, 'duopulse'),
    /** Interface the local server listens on; loopback unless asked otherwise. */
    HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
    PORT: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65_535)), 3000),
    DATA_DIR: z._default(z.string().check(z.minLength(1)), '.data'),
    /** `0` skips seeding the demo centre on first start (tests of the local stack). */
    SEED_DEMO: z._default(z.enum(['0', '1']), '1'),
  }),
} as const;

export type FunctionKind = keyof typeof configSchemas;
export type ConfigOf<K extends FunctionKind> = z.output<(typeof configSchemas)[K]>;
/** The local configuration: every field, defaults filled in. */
export type Config = ConfigOf<'local'>;

/** The kinds that run in AWS Lambda (every kind but `local`). */
export const deployedFunctionKinds = Object.keys(configSchemas).filter(
  (kind): kind is Exclude<FunctionKind, 'local'> => kind !== 'local',
);

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** Parses `env` with the schema of `kind`; a missing or wrong variable throws with its name. */
export function loadConfig<K extends FunctionKind>(
  kind: K,
  env: Record<string, string | undefined> = process.env,
): ConfigOf<K> {
  const parsed = configSchemas[kind].safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues
      .map(
        (issue) =>
          `${issue.path.join('.')}: ${env[String(issue.path[0])] === undefined ? 'missing' : issue.message}`,
      )
      .join('; ');
    throw new ConfigurationError(`Invalid ${kind} configuration: ${fields}`);
  }
  if (kind === 'local' && env.PUBLIC_BASE_URL === undefined) {
    // Links follow the server: `PORT=3100 npm start` mails and lists links to :3100.
    const local = parsed.data as Config;
    return { ...local, PUBLIC_BASE_URL: localBaseUrl(local.PORT) } as ConfigOf<K>;
  }
  return parsed.data as ConfigOf<K>;
}

/** The origin of this machine's server on `port`, as a browser here reaches it. */
export function localBaseUrl(port: number): string {
  return `http://localhost:${port}`;
}

/** The terminal's locale variables (LC_ALL, LC_MESSAGES, LANG), for the command-line tools' language. */
export function terminalLocaleVariables(): Record<'LC_ALL' | 'LC_MESSAGES' | 'LANG', string | undefined> {
  return { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
}
