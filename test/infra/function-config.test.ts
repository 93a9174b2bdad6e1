import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  configSchemas,
  deployedFunctionKinds,
  type FunctionKind,
  loadConfig,
} from '../../functions/config.js';
import { createDuopulseApp } from '../../infra/duopulse-app.js';
import { configKindTag } from '../../infra/duopulse-function.js';

// Each deployed function's environment, resolved as CloudFormation would resolve it, must parse
// with the config schema of its kind (functions/config.ts), and set nothing that schema ignores.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface TemplateJson {
  Resources: Record<string, { Type: string; Properties: Record<string, Json> }>;
  Outputs?: Record<string, { Value: Json; Export?: { Name: Json } }>;
}

const region = 'eu-west-3';
const account = '123456789012';
/** Variables the Lambda runtime sets itself in every function. */
const runtimeVariables = { AWS_REGION: region };
/** Set by the function construct for every function, read by Node rather than by config. */
const nodeVariables = new Set(['NODE_OPTIONS']);

let stateful: TemplateJson;
let stateless: TemplateJson;

beforeAll(() => {
  const built = createDuopulseApp({ context: { stage: 'test' } });
  const assembly = built.app.synth();
  stateful = assembly.getStackByName(built.stateful.stackName).template as TemplateJson;
  stateless = assembly.getStackByName(built.stateless.stackName).template as TemplateJson;
});

/** What CloudFormation would put in place of `value` at deploy time, with fixed account and API ids. */
function resolve(value: Json, template: TemplateJson): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Cannot resolve ${JSON.stringify(value)}`);
  }
  if ('Fn::Join' in value) {
    const [separator, parts] = value['Fn::Join'] as [string, Json[]];
    return parts.map((part) => resolve(part, template)).join(separator);
  }
  if ('Fn::ImportValue' in value) {
    const name = resolve(value['Fn::ImportValue'] as Json, template);
    const output = Object.values(stateful.Outputs ?? {}).find(
      (o) => o.Export && resolve(o.Export.Name, stateful) === name,
    );
    if (!output) throw new Error(`No stateful export named ${name}`);
    return resolve(output.Value, stateful);
  }
  if ('Ref' in value) {
    const id = value.Ref as string;
    const pseudo: Record<string, string> = {
      'AWS::Region': region,
      'AWS::AccountId': account,
      'AWS::Partition': 'aws',
      'AWS::URLSuffix': 'amazonaws.com',
    };
    if (pseudo[id]) return pseudo[id];
    const target = template.Resources[id];
    if (target?.Type === 'AWS::DynamoDB::Table') return target.Properties.TableName as string;
    if (target?.Type === 'AWS::S3::Bucket') return `duopulse-test-${id.toLowerCase()}`.slice(0, 63);
    if (target?.Type === 'AWS::Cognito::UserPool') return `${region}_AbCdEf123`;
    if (target?.Type === 'AWS::Cognito::UserPoolClient') return '1example23456789abcdefghij';
    if (target?.Type === 'AWS::SecretsManager::Secret') {
      return `arn:aws:secretsmanager:${region}:${account}:secret:${id}-AbCdEf`;
    }
    throw new Error(`Cannot resolve Ref ${id} (${target?.Type})`);
  }
  if ('Fn::GetAtt' in value) {
    const [id, attribute] = value['Fn::GetAtt'] as [string, string];
    const target = template.Resources[id];
    if (target?.Type === 'AWS::ApiGatewayV2::Api' && attribute === 'ApiEndpoint') {
      return `https://a1b2c3d4e5.execute-api.${region}.amazonaws.com`;
    }
    throw new Error(`Cannot resolve GetAtt ${id}.${attribute} (${target?.Type})`);
  }
  throw new Error(`Cannot resolve ${JSON.stringify(value)}`);
}

interface DeployedFunction {
  readonly id: string;
  readonly kind: Exclude<FunctionKind, 'local'>;
  readonly environment: Record<string, string>;
}

function deployedFunctions(): DeployedFunction[] {
  return Object.entries(stateless.Resources)
    .filter(([, r]) => r.Type === 'AWS::Lambda::Function')
    .map(([id, r]) => {
      const tags = (r.Properties.Tags ?? []) as { Key: string; Value: string }[];
      const kind = tags.find((t) => t.Key === configKindTag)?.Value as DeployedFunction['kind'];
      const variables = ((r.Properties.Environment as { Variables?: Record<string, Json> } | undefined)
        ?.Variables ?? {}) as Record<string, Json>;
      const environment = Object.fromEntries(
        Object.entries(variables).map(([name, value]) => [name, resolve(value, stateless)]),
      );
      return { id, kind, environment };
    });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('deployed functions and their config schemas', () => {
  it('every Lambda function names the config kind its entry parses', () => {
    const functions = deployedFunctions();
    expect(functions.length).toBeGreaterThanOrEqual(6);
    for (const fn of functions) expect(deployedFunctionKinds, fn.id).toContain(fn.kind);
    expect(new Set(functions.map((f) => f.kind))).toEqual(
      new Set(['app', 'survey', 'mail-job', 'ses-events', 'publication-job', 'digest-job']),
    );
  });

  it("each function's environment parses with its kind's schema, as at cold start", () => {
    for (const fn of deployedFunctions()) {
      const env = { ...fn.environment, ...runtimeVariables };
      expect(() => loadConfig(fn.kind, env), `${fn.id} (${fn.kind})`).not.toThrow();
    }
  });

  it('no function sets a variable its schema does not read (the app never learns the pulse table)', () => {
    for (const fn of deployedFunctions()) {
      const declared = Object.keys(configSchemas[fn.kind].shape);
      const stray = Object.keys(fn.environment).filter((n) => !declared.includes(n) && !nodeVariables.has(n));
      expect(stray, `${fn.id} (${fn.kind})`).toEqual([]);
    }
    const app = deployedFunctions().find((f) => f.kind === 'app');
    expect(app?.environment).not.toHaveProperty('PULSE_TABLE_NAME');
  });

  it('without any one of its variables, a function fails at cold start naming that variable', () => {
    for (const fn of deployedFunctions()) {
      const env: Record<string, string> = { ...fn.environment, ...runtimeVariables };
      for (const name of Object.keys(configSchemas[fn.kind].shape)) {
        const { [name]: _dropped, ...without } = env;
        expect(() => loadConfig(fn.kind, without), `${fn.id} without ${name}`).toThrow(
          new RegExp(`Invalid ${fn.kind} configuration: .*${name}: missing`),
        );
      }
    }
  });

  it('a wrong value fails naming the variable and what was expected', () => {
    const survey = deployedFunctions().find((f) => f.kind === 'survey');
    const env = { ...survey?.environment, ...runtimeVariables, PULSE_TABLE_NAME: 'x', APP_SECRET: 'short' };
    expect(() => loadConfig('survey', env)).toThrow(/PULSE_TABLE_NAME: expected a DynamoDB table name/);
    expect(() => loadConfig('survey', env)).toThrow(/APP_SECRET: expected at least 32 characters/);
  });

  const entries = {
    'http/lambda.ts': { kind: 'app', load: () => import('../../functions/http/lambda.js') },
    'http/survey-lambda.ts': { kind: 'survey', load: () => import('../../functions/http/survey-lambda.js') },
    'jobs/survey-dispatch.ts': {
      kind: 'mail-job',
      load: () => import('../../functions/jobs/survey-dispatch.js'),
    },
    'jobs/ses-events.ts': { kind: 'ses-events', load: () => import('../../functions/jobs/ses-events.js') },
    'jobs/manager-digest.ts': {
      kind: 'digest-job',
      load: () => import('../../functions/jobs/manager-digest.js'),
    },
  } as const;

  it.each(Object.keys(entries) as (keyof typeof entries)[])(
    'loading %s (cold start) fails naming a missing variable, and loads with its environment',
    async (entry) => {
      const { kind, load } = entries[entry];
      const fn = deployedFunctions().find((f) => f.kind === kind);
      if (!fn) throw new Error(`no ${kind} function`);
      const env: Record<string, string> = { ...fn.environment, ...runtimeVariables };
      for (const name of Object.keys(configSchemas[kind].shape)) vi.stubEnv(name, env[name]);
      vi.stubEnv('MAIN_TABLE_NAME', undefined);
      vi.resetModules();
      await expect(load()).rejects.toThrow(`Invalid ${kind} configuration: MAIN_TABLE_NAME: missing`);
      vi.stubEnv('MAIN_TABLE_NAME', env.MAIN_TABLE_NAME);
      vi.resetModules();
      expect(typeof (await load()).handler).toBe('function');
    },
  );

  it('resolves to the real table names of the stage', () => {
    const survey = deployedFunctions().find((f) => f.kind === 'survey');
    expect(survey?.environment).toMatchObject({
      MAIN_TABLE_NAME: 'duopulse-test-main',
      PULSE_TABLE_NAME: 'duopulse-test-pulse',
    });
    expect(survey?.environment.APP_SECRET).toMatch(/^\{\{resolve:secretsmanager:arn:aws:secretsmanager:/);
  });
});
