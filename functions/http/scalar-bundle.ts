import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Scalar's standalone script in node_modules, from the repository root (the CDK copies it into the app bundle). */
export const scalarBundleSource = 'node_modules/@scalar/api-reference/dist/browser/standalone.js';
/** Its name next to the deployed bundle. */
export const scalarBundleFile = 'scalar-standalone.js';

let bundle: Promise<string | undefined> | undefined;

/**
 * Scalar's standalone bundle, read once: from node_modules on this machine, or from the copy
 * beside the deployed bundle in AWS Lambda (which has no node_modules); undefined without either.
 */
export function scalarBundle(): Promise<string | undefined> {
  bundle ??= (async () => {
    try {
      const path = createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');
      return await readFile(path, 'utf8');
    } catch {
      try {
        return await readFile(new URL(`./${scalarBundleFile}`, import.meta.url), 'utf8');
      } catch {
        return undefined;
      }
    }
  })();
  return bundle;
}
