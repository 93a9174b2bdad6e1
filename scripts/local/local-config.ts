import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, loadConfig } from '../../functions/config.js';

/**
 * Configuration for running on this machine: the environment, plus a local APP_SECRET that is
 * generated once and kept under the data directory so links in old emails keep working.
 */
export function localConfig(overrides: Record<string, string | undefined> = {}): Config {
  const env = { ...process.env, ...overrides };
  const dataDir = env.DATA_DIR ?? '.data';
  if (!env.APP_SECRET) {
    mkdirSync(dataDir, { recursive: true });
    const secretFile = join(dataDir, 'local-secret');
    if (!existsSync(secretFile))
      writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
    env.APP_SECRET = readFileSync(secretFile, 'utf8').trim();
  }
  return loadConfig('local', env);
}

/** `DUOPULSE_AWS=1` points the CLIs at the deployed tables in AWS (credentials from the environment). */
export function targetsDeployedTables(): boolean {
  return process.env.DUOPULSE_AWS === '1';
}

/** NODE_ENV of this process (React renders faster in production). */
export function nodeEnvironment(): string | undefined {
  return process.env.NODE_ENV;
}
