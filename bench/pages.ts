/**
 * Page benchmark, `npm run bench -- pages [N]`: the server time of the team page and of the
 * centre overview, at the 50th and 95th percentile over N requests each (default 60, after 5
 * warm-up requests), through the whole app (session, authorization, DynamoDB reads, analysis,
 * rendering) against DynamoDB Local:
 * 1. the demo centre (8 teams, 26 weeks of aggregates and published pulse figures);
 * 2. a centre 25 times larger (200 teams): the demo's teams, advisors, aggregates and published
 *    team figures copied 24 times under new team and payroll ids (site, profile and centre
 *    figures stay the demo's: the pages read them the same way whatever their values).
 * Goal: team page p95 under 100 ms at 200 teams. Figures are printed, never asserted.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll } from '../functions/adapters/dynamo/batch.js';
import { DynamoPublicationRepository } from '../functions/adapters/dynamo/publication.repository.js';
import { DynamoRosterRepository } from '../functions/adapters/dynamo/roster.repository.js';
import { createApp } from '../functions/http/app.js';
import type { AppDeps } from '../functions/http/app-deps.js';
import { addUser } from '../functions/services/access/user-admin.service.js';
import { centreThresholdsMemo } from '../functions/services/centre-thresholds-memo.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { localSignIn } from '../functions/wiring/sign-in.wiring.js';
import { generateDemoCentre } from '../scripts/demo/demo-centre.js';
import { demoPublication } from '../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../scripts/demo-history.js';
import { type BenchDatabase, benchDatabase } from './bench-database.js';

const now = new Date('2026-11-30T09:00:00Z');
const replicas = 25;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** The demo centre in the bench tables (roster, aggregates, published figures). */
async function seedDemo(db: BenchDatabase) {
  const centre = generateDemoCentre({ endWeekMonday: '2026-11-16' });
  const history = buildDemoHistory(centre, now, (email) => email.toLowerCase());
  const roster = new DynamoRosterRepository(db.clients, db.config.MAIN_TABLE_NAME);
  await roster.upsertTeams(history.teams);
  await roster.upsertAdvisors(history.advisors);
  await batchWriteAll(db.clients.doc, db.config.MAIN_TABLE_NAME, history.mainItems);
  const publication = new DynamoPublicationRepository(db.clients, db.config.MAIN_TABLE_NAME);
  for (const [week, figures] of demoPublication(history, centre.plan.weeks)) {
    await publication.publishWeek(week, figures, randomUUID());
  }
  return history.teams.map((t) => t.teamId);
}

/** Every string of `value` with each demo team id and payroll id renamed for replica `r`. */
function renamed(value: unknown, teamIds: RegExp, r: number): unknown {
  if (typeof value === 'string') {
    return value.replace(teamIds, (id) => `${id}-R${r}`).replace(/\bP1\d{4}\b/g, (id) => `${id}R${r}`);
  }
  if (Array.isArray(value)) return value.map((v) => renamed(v, teamIds, r));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, teamIds, r)]));
  }
  return value;
}

/** Copies the demo's team, advisor and published team items `replicas - 1` times under new ids. */
async function growCentre(db: BenchDatabase, demoTeams: readonly string[]): Promise<number> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.clients.doc.send(
      new ScanCommand({ TableName: db.config.MAIN_TABLE_NAME, ExclusiveStartKey: start }),
    );
    items.push(...((page.Items ?? []) as Record<string, unknown>[]));
    start = page.LastEvaluatedKey as Record<string, unknown> | undefined;
  } while (start);
  const teamItems = items.filter((item) => {
    const pk = String(item.pk);
    return pk.startsWith('TEAM#') || pk.startsWith('PUBLISHED#team:') || /^ADVISOR#P1\d{4}(#|$)/.test(pk);
  });
  const teamIds = new RegExp(
    `\\b(${demoTeams.map((t) => t.replace(/[-]/g, '\\-')).join('|')})(?![A-Za-z0-9-])`,
    'g',
  );
  let written = 0;
  for (let r = 1; r < replicas; r++) {
    const copies = teamItems.map((item) => renamed(item, teamIds, r) as Record<string, unknown>);
    await batchWriteAll(db.clients.doc, db.config.MAIN_TABLE_NAME, copies);
    written += copies.length;
    process.stdout.write(`\r  copied ${r}/${replicas - 1} replicas (${written} items)`);
  }
  process.stdout.write('\n');
  return written;
}

async function signIn(app: ReturnType<typeof createApp>, email: string): Promise<string> {
  const res = await app.request('http://localhost/dev/login', {
    method: 'POST',
    headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email }).toString(),
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('__Host-duopulse-session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  return cookie;
}

async function timePage(app: ReturnType<typeof createApp>, path: string, cookie: string, runs: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 5; i++) {
    const start = performance.now();
    const res = await app.request(`http://localhost${path}`, { headers: { cookie } });
    const body = await res.text();
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 300)}`);
    bytes = body.length;
    if (i >= 5) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes };
}

async function measure(app: ReturnType<typeof createApp>, label: string, teamId: string, runs: number) {
  const manager = await signIn(app, 'bench.manager@centre.example');
  const hr = await signIn(app, 'bench.hr@centre.example');
  for (const [name, path, cookie] of [
    ['team page', `/teams/${teamId}`, manager],
    ['centre overview', '/centre', hr],
  ] as const) {
    const t = await timePage(app, path, cookie, runs);
    console.log(
      `  ${label.padEnd(22)} ${name.padEnd(16)} p50 ${t.p50.toFixed(1).padStart(7)} ms   p95 ${t.p95
        .toFixed(1)
        .padStart(7)} ms   (${runs} requests, ${(t.bytes / 1024).toFixed(0)} kB)`,
    );
  }
}

export async function benchPages(runs: number): Promise<void> {
  const db = await benchDatabase();
  try {
    console.log(`pages: server time through the whole app, ${db.description}`);
    const deps: AppDeps = {
      ...dynamoDeps(db.config, db.clients),
      clock: { now: () => now },
      devOutboxDir: mkdtempSync(join(tmpdir(), 'duopulse-bench-outbox-')),
      peerAddress: () => '127.0.0.1',
      signIn: localSignIn(),
      // As the app's wiring (functions/wiring/app.wiring.ts) sets it.
      centreThresholdsMemo: centreThresholdsMemo(),
    };
    const demoTeams = await seedDemo(db);
    const teamId = demoTeams[0] as string;
    await addUser(deps, { email: 'bench.manager@centre.example', role: 'manager', teams: [teamId] });
    await addUser(deps, { email: 'bench.hr@centre.example', role: 'hr' });
    const app = createApp(deps);
    await measure(app, `demo (${demoTeams.length} teams)`, teamId, runs);
    await growCentre(db, demoTeams);
    await measure(app, `${demoTeams.length * replicas} teams`, teamId, runs);
  } finally {
    await db.close();
  }
}
