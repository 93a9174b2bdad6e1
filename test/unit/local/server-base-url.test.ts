import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../functions/config.js';
import { jobLinkOverrides, recordServerBaseUrl } from '../../../scripts/local/server-base-url.js';

const secret = 'test-secret-test-secret-test-secret-0123';
/** The links a command-line job would mail with this environment. */
const jobBaseUrl = (env: Record<string, string | undefined>) =>
  loadConfig('local', { APP_SECRET: secret, ...env, ...jobLinkOverrides(env) }).PUBLIC_BASE_URL;

describe('the links of command-line jobs', () => {
  it('follow the server running on the same data directory (PORT=3100 npm start)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duopulse-server-'));
    expect(jobBaseUrl({ DATA_DIR: dataDir })).toBe('http://localhost:3000');
    const forget = recordServerBaseUrl(dataDir, 'http://localhost:3100');
    expect(jobBaseUrl({ DATA_DIR: dataDir })).toBe('http://localhost:3100');
    // Another data directory has its own server, or none.
    expect(jobBaseUrl({ DATA_DIR: mkdtempSync(join(tmpdir(), 'duopulse-other-')) })).toBe(
      'http://localhost:3000',
    );
    forget();
    expect(existsSync(join(dataDir, 'server.json'))).toBe(false);
    expect(jobBaseUrl({ DATA_DIR: dataDir })).toBe('http://localhost:3000');
  });

  it('honour PUBLIC_BASE_URL, then PORT, as npm start does, before the running server', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duopulse-server-'));
    recordServerBaseUrl(dataDir, 'https://pulse.example.fr');
    expect(jobBaseUrl({ DATA_DIR: dataDir })).toBe('https://pulse.example.fr');
    expect(jobBaseUrl({ DATA_DIR: dataDir, PORT: '3200' })).toBe('http://localhost:3200');
    expect(jobBaseUrl({ DATA_DIR: dataDir, PORT: '3200', PUBLIC_BASE_URL: 'https://x.example' })).toBe(
      'https://x.example',
    );
  });

  it('ignore the record of a server that has stopped without removing it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duopulse-server-'));
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    recordServerBaseUrl(dataDir, 'http://localhost:3100', gone);
    expect(jobBaseUrl({ DATA_DIR: dataDir })).toBe('http://localhost:3000');
  });
});
