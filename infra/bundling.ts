/**
 * How every Lambda function is bundled by esbuild, in one place: the CDK construct
 * (infra/duopulse-function.ts) and the bundle-size benchmark (bench/bundles.ts) read it.
 * Pure data: no CDK import, so a script can load it cheaply.
 */
import { productionDefines } from './environment-config.js';

export const lambdaBundling = {
  format: 'esm',
  target: 'node22',
  mainFields: ['module', 'main'],
  // Lets CommonJS dependencies that call require() run inside the ESM bundle.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  minify: true,
  // react-email and React take their production paths (no development checks) at render.
  define: productionDefines,
  /**
   * Left out of every bundle. The AWS SDK is bundled, so the deployed code runs the SDK version
   * the tests ran. prettier is only imported, lazily, by react-email's `render(…, { pretty: true })`,
   * which Duopulse never calls: bundled, it was 260 kB of every mail function.
   */
  externalModules: ['prettier'],
} as const;
