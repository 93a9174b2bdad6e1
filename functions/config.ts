import * as z from 'zod/mini';

const configSchema = z.object({
  /** Physical table names, set by the CDK stack or by the local stack. */
  MAIN_TABLE_NAME: z._default(z.string().check(z.minLength(3)), 'duopulse-local-main'),
  PULSE_TABLE_NAME: z._default(z.string().check(z.minLength(3)), 'duopulse-local-pulse'),
  /** Another DynamoDB (DynamoDB Local, or a test instance); unset means AWS itself. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  AWS_REGION: z._default(z.string(), 'eu-west-3'),
  /** Key for signing survey tokens and hashing customer emails; at least 32 characters. */
  APP_SECRET: z.string().check(z.minLength(32, 'APP_SECRET must be at least 32 characters')),
  /** Base URL customers and advisors reach, used in email links. */
  PUBLIC_BASE_URL: z._default(z.url(), 'http://localhost:3000'),
  MAIL_FROM: z._default(z.email(), 'barometre@duopulse.example'),
  SES_CONFIGURATION_SET: z._default(z.string(), 'duopulse'),
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65_535)), 3000),
  DATA_DIR: z._default(z.string(), '.data'),
});

export type Config = z.output<typeof configSchema>;

/** Parses the environment once; a wrong field fails fast with its name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  return parsed.data;
}
