import { fileURLToPath } from 'node:url';
import { Duration, Tags, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionKind } from '../functions/config.js';
import { lambdaBundling } from './bundling.js';
import type { IDuopulseTable, TableAccess } from './duopulse-table.js';

/** Repository root: where package-lock.json sits and where esbuild resolves imports from. */
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of an entry file under functions/, e.g. `functionEntry('http/lambda.ts')`. */
export function functionEntry(pathUnderFunctions: string): string {
  return fileURLToPath(new URL(`../functions/${pathUnderFunctions}`, import.meta.url));
}

/** Tag naming the config schema (functions/config.ts) a function's environment must satisfy. */
export const configKindTag = 'duopulse:config-kind';

export interface DuopulseFunctionProps {
  /** Absolute path of the entry file; it exports `handler`. */
  readonly entry: string;
  /** Which config schema its entry parses at cold start; the infra tests check its environment against it. */
  readonly kind: Exclude<FunctionKind, 'local'>;
  readonly description?: string;
  /** Default 1024 MB. */
  readonly memorySize?: number;
  /** Default 10 seconds. */
  readonly timeout?: Duration;
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Files copied next to the bundle (paths from the repository root → names in the bundle), for
   * assets the code reads at run time, such as the API reference's script.
   */
  readonly bundleFiles?: readonly { readonly from: string; readonly to: string }[];
}

/**
 * A Duopulse Lambda function with the house defaults: Node.js 22 on arm64, an ESM bundle built by
 * the local esbuild (no Docker), X-Ray tracing, and its own log group kept one month. Its role can
 * write only to that log group until tables are bound with {@link DuopulseFunction.bindTable}.
 */
export class DuopulseFunction extends Construct {
  readonly lambdaFunction: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;
  readonly kind: Exclude<FunctionKind, 'local'>;

  constructor(scope: Construct, id: string, props: DuopulseFunctionProps) {
    super(scope, id);
    this.kind = props.kind;

    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });

    // Its own role instead of the AWS-managed basic execution policy: log writes are limited to
    // this function's log group, and every table access is added explicitly by bindTable.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);

    this.lambdaFunction = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      role: this.role,
      projectRoot: repositoryRoot,
      depsLockFilePath: `${repositoryRoot}package-lock.json`,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: lambdaBundling.target,
        mainFields: [...lambdaBundling.mainFields],
        banner: lambdaBundling.banner,
        minify: lambdaBundling.minify,
        define: lambdaBundling.define,
        sourceMap: true,
        sourcesContent: false,
        externalModules: [...lambdaBundling.externalModules],
        forceDockerBundling: false,
        ...(props.bundleFiles && props.bundleFiles.length > 0
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) =>
                  (props.bundleFiles ?? []).map((f) => `cp "${inputDir}/${f.from}" "${outputDir}/${f.to}"`),
              },
            }
          : {}),
      },
    });

    Tags.of(this.lambdaFunction).add(configKindTag, props.kind);

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only the X-Ray statement added by active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords accept no resource-level permissions. Table and log grants name their resources.',
    });
    Validations.of(this.lambdaFunction).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Duopulse pins Node.js 22: package engines, @types/node 22 and the esbuild node22 target are what every test tier runs against; moving to a newer runtime is a deliberate upgrade of all of them together.',
    });
  }

  /**
   * Grants this function `access` to `table` and passes the table's physical name in the
   * environment variable `envName`, in one call so the two cannot drift apart.
   */
  bindTable(table: IDuopulseTable, envName: string, access: TableAccess): this {
    table.grantAccess(this.lambdaFunction, access);
    this.lambdaFunction.addEnvironment(envName, table.tableName);
    return this;
  }

  /** Sets an environment variable on the function. */
  addEnvironment(name: string, value: string): this {
    this.lambdaFunction.addEnvironment(name, value);
    return this;
  }
}
