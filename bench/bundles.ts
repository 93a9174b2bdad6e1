/**
 * Lambda bundle sizes: builds every function entry with esbuild and the same settings as the
 * CDK construct (infra/bundling.ts: ESM, node22, minified, production defines, externals),
 * without source maps, and prints the bytes of each bundle and whether prettier got in.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lambdaBundling } from '../infra/bundling.js';

/** Every entry the stacks deploy (infra/stateless-stack.ts), and what it does. */
export const lambdaEntries: ReadonlyArray<readonly [string, string]> = [
  ['http/lambda.ts', 'app and API'],
  ['http/survey-lambda.ts', 'survey pages and recording'],
  ['jobs/survey-dispatch.ts', 'mail: customer surveys'],
  ['jobs/pulse-dispatch.ts', 'mail: pulse invitations'],
  ['jobs/pulse-reminder.ts', 'mail: pulse reminders'],
  ['jobs/pulse-retry.ts', 'mail: pulse retries'],
  ['jobs/manager-digest.ts', 'mail: manager digest'],
  ['jobs/pulse-publication.ts', 'pulse publication'],
  ['jobs/ses-events.ts', 'SES bounces and complaints'],
];

export async function bundleSize(entry: string): Promise<{ bytes: number; prettier: boolean }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../functions/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    platform: 'node',
    format: lambdaBundling.format,
    target: lambdaBundling.target,
    mainFields: [...lambdaBundling.mainFields],
    banner: { js: lambdaBundling.banner },
    minify: lambdaBundling.minify,
    define: lambdaBundling.define,
    external: [...lambdaBundling.externalModules],
    outfile: 'index.mjs',
    metafile: true,
    logLevel: 'error',
  });
  return {
    bytes: result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0),
    prettier: Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/prettier/')),
  };
}

export async function printBundleSizes(): Promise<void> {
  console.log('\nLambda bundles (esbuild, minified, no source map):');
  for (const [entry, what] of lambdaEntries) {
    const { bytes, prettier } = await bundleSize(entry);
    console.log(
      `  ${entry.padEnd(26)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${what}${prettier ? '  (prettier inside)' : ''}`,
    );
  }
}
