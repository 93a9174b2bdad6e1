import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, processAlive } from '../../scripts/local/dynamodb-local.js';

// The README's first command on a copy of this tree (its own git repository, the default .data/):
// `npm start` survives a `kill -9` of the app and leaves nothing behind after Ctrl-C. A start
// takes a few seconds (DynamoDB Local on Java, tables, no demo seeding); the timeouts allow for
// a loaded machine.

const repositoryRoot = resolve(import.meta.dirname, '../..');
let copy: string;
let port: number;
const started: { child: ChildProcess; output: () => string }[] = [];

interface DynamoDbLocalRecord {
  readonly endpoint: string;
  readonly pid: number;
  readonly ownerPid: number;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: copy, encoding: 'utf8' });
}

/** `npm start` in its own process group, as a terminal runs it, without the demo seeding. */
function npmStart(): { child: ChildProcess; output: () => string } {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !['DATA_DIR', 'DYNAMODB_ENDPOINT', 'DUOPULSE_AWS', 'HOST'].includes(name)) {
      env[name] = value;
    }
  }
  const child = spawn('npm', ['start'], {
    cwd: copy,
    detached: true,
    env: { ...env, PORT: String(port), SEED_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const run = { child, output: () => output };
  started.push(run);
  return run;
}

async function waitUntilServing(output: () => string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start did not serve /health within ${timeoutMs} ms:\n${output()}`);
}

function record(): DynamoDbLocalRecord {
  return JSON.parse(readFileSync(join(copy, '.data', 'dynamodb-local.json'), 'utf8')) as DynamoDbLocalRecord;
}

async function waitForExit(pid: number, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !processAlive(pid);
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'duopulse-local-stack-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && file !== 'node_modules' && existsSync(join(repositoryRoot, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(repositoryRoot, file), join(copy, file));
  }
  symlinkSync(join(repositoryRoot, 'node_modules'), join(copy, 'node_modules'));
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@duopulse.example', 'commit', '-q', '-m', 'tree');
  port = await freePort();
});

afterAll(async () => {
  for (const { child } of started) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
  }
  if (existsSync(join(copy, '.data', 'dynamodb-local.json'))) {
    const { pid } = record();
    if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(copy, { recursive: true, force: true });
});

describe('the local stack (npm start)', () => {
  it('comes up again after kill -9 of the app, stopping the DynamoDB Local the dead app left', async () => {
    const first = npmStart();
    await waitUntilServing(first.output);
    const crashed = record();
    expect(processAlive(crashed.pid)).toBe(true);

    process.kill(crashed.ownerPid, 'SIGKILL');
    expect(await waitForExit(crashed.ownerPid)).toBe(true);
    expect(processAlive(crashed.pid), 'DynamoDB Local outlives the killed app').toBe(true);

    const second = npmStart();
    await waitUntilServing(second.output);
    expect(second.output()).toContain(`Stopping the DynamoDB Local (pid ${crashed.pid})`);
    expect(await waitForExit(crashed.pid)).toBe(true);
    const running = record();
    expect(running.pid).not.toBe(crashed.pid);
    expect(processAlive(running.pid)).toBe(true);
    const teams = await fetch(`http://127.0.0.1:${port}/api/v1/teams`);
    expect(teams.status).toBe(401);
  }, 400_000);

  it('after Ctrl-C, stops DynamoDB Local and leaves nothing new in git status', async () => {
    const { pid, ownerPid } = record();
    const run = started.at(-1);
    if (!run?.child.pid) throw new Error('no running npm start');
    const exited = new Promise<void>((done) => run.child.once('exit', () => done()));
    // Ctrl-C in a terminal: SIGINT to the whole foreground process group.
    process.kill(-run.child.pid, 'SIGINT');
    await exited;
    expect(await waitForExit(ownerPid)).toBe(true);
    expect(run.output()).toContain('SIGINT: stopping');
    expect(await waitForExit(pid)).toBe(true);
    expect(existsSync(join(copy, '.data', 'dynamodb-local.json'))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();

    expect(git('status', '--porcelain')).toBe('');
    // Everything it wrote is under .data/ (DynamoDB Local's metadata file included).
    expect(git('status', '--porcelain', '--ignored')).toBe('!! .data/\n');
    expect(existsSync(join(copy, '.data', 'dynamodb', 'dynamodb-local-metadata.json'))).toBe(true);
  }, 60_000);
});
