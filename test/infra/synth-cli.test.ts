import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run synth', () => {
  it('synthesizes both stacks offline, with no AWS credentials and no Docker', () => {
    const out = mkdtempSync(join(tmpdir(), 'duopulse-cdk-out-'));
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && !name.startsWith('AWS_') && !name.startsWith('CDK_')) env[name] = value;
    }
    const result = spawnSync('npm', ['run', 'synth', '--', '--output', out], {
      env: { ...env, AWS_EC2_METADATA_DISABLED: 'true', CDK_DISABLE_VERSION_CHECK: 'true' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const templates = readdirSync(out).filter((f) => f.endsWith('.template.json'));
    expect(templates.sort()).toEqual([
      'Duopulse-dev-Stateful.template.json',
      'Duopulse-dev-Stateless.template.json',
    ]);
  });
});
