/**
 * Quarter close benchmark, `npm run bench -- close [N]` (default 10,000 advisors, 50 a team):
 * 1. seeds a centre straight into DynamoDB Local: the roster (through the roster repository),
 *    each advisor's quarter counters and advisor × week counters and their teams' customer
 *    counters (the items recording writes: the same deltas and item builders, summed, written
 *    with batch writes), the teams' weekly operations counters, the pay prerequisites and a
 *    pay policy published before the quarter (through the pay services);
 * 2. times `computeQuarter` (the real service on the real repositories) for every advisor and
 *    samples the process's memory (rss and heapUsed) every 10 ms while it runs;
 * 3. sends the DynamoDB calls the close needs (the same Get, Query, BatchGet and BatchWrite
 *    calls for the same keys, as many in flight as the service) straight with the client, and
 *    prints close time ÷ raw time;
 * 4. computes again before any approval and says whether every figure is identical.
 * Goals printed next to the figures: ratio ≤ 1.5, peak memory ≤ 300 MB. Nothing is asserted.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { BatchWriteCommand, GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { SingleBar } from 'cli-progress';
import { aggregateItemOf, aggregateKeyString } from '../functions/adapters/dynamo/aggregate-updates.js';
import { batchGetAll, batchWriteAll } from '../functions/adapters/dynamo/batch.js';
import { createDynamoClients, type DynamoClients } from '../functions/adapters/dynamo/client.js';
import { DynamoClosedQuarterRepository } from '../functions/adapters/dynamo/closed-quarter.repository.js';
import { mapWithConcurrency } from '../functions/adapters/dynamo/concurrency.js';
import { operationsAggregateItem } from '../functions/adapters/dynamo/interaction.repository.js';
import {
  closedQuarterKeys,
  keys,
  payKeys,
  quarterReviewEntityTypes,
  quarterReviewKeys,
} from '../functions/adapters/dynamo/keys.js';
import {
  DynamoQuarterReviewRepository,
  reviewRowWritesInFlight,
} from '../functions/adapters/dynamo/quarter-review.repository.js';
import { DynamoRosterRepository } from '../functions/adapters/dynamo/roster.repository.js';
import type { Config } from '../functions/config.js';
import { analysisWeeks } from '../functions/services/analytics.service.js';
import { publishPayPolicy, savePayPolicyDraft } from '../functions/services/pay/pay-policy.service.js';
import {
  enablePayIndicators,
  recordPayPrerequisites,
} from '../functions/services/pay/pay-prerequisites.service.js';
import {
  closeReadConcurrency,
  computeQuarter,
  type QuarterCloseDeps,
  weeksOfQuarter,
} from '../functions/services/pay/quarter-close.service.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { type CounterDelta, customerResponseDeltas, sumDeltas } from '../shared/aggregates/counter-deltas.js';
import { quadrantWindowWeeks } from '../shared/analytics/centre-thresholds.js';
import { defaultPayPolicy } from '../shared/pay/default-pay-policy.js';
import type { QuarterReviewRow } from '../shared/pay/quarter-review.js';
import { groupId } from '../shared/publication/pulse-groups.js';
import {
  type Advisor,
  advisorSchema,
  channels,
  managementProfiles,
  type Team,
  teamSchema,
  workModes,
} from '../shared/roster/index.js';
import { type BenchDatabase, benchDatabase } from './bench-database.js';

const quarter = '2026-Q3';
const now = new Date('2026-10-05T09:00:00Z');
const advisorsPerTeam = 50;
const hr = 'bench.hr@centre.example';
const goals = { ratio: 1.5, peakMb: 300 };

/** A small seeded generator (mulberry32): the same centre on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const teamIdOf = (t: number) => `CL-T${String(t).padStart(3, '0')}`;
const payrollIdOf = (i: number) => `CL${String(i).padStart(5, '0')}`;

function centre(count: number): { teams: Team[]; advisors: Advisor[] } {
  const teamCount = Math.max(1, Math.ceil(count / advisorsPerTeam));
  const teams = Array.from({ length: teamCount }, (_, t) =>
    teamSchema.parse({
      teamId: teamIdOf(t),
      name: `Équipe ${t}`,
      site: `Site ${t % 5}`,
      managementProfile: managementProfiles[t % managementProfiles.length],
    }),
  );
  const advisors = Array.from({ length: count }, (_, i) =>
    advisorSchema.parse({
      payrollId: payrollIdOf(i),
      email: `advisor${i}@centre.example`,
      firstName: 'Camille',
      teamId: teamIdOf(Math.floor(i / advisorsPerTeam)),
      workMode: workModes[i % workModes.length],
      fte: 1,
      startDate: '2025-01-06',
    }),
  );
  return { teams, advisors };
}

function bar(label: string, total: number) {
  const b = new SingleBar({ format: `  ${label} [{bar}] {value}/{total} {unit}`, hideCursor: true });
  b.start(total, 0, { unit: '' });
  return b;
}

/**
 * The customer counters of the quarter: 0–4 responses per advisor and week, summed per counter
 * item with the recording path's deltas and written by batches of 500 advisors (10 whole teams,
 * so a team's counters are complete in one batch). Returns the number of items written.
 */
async function seedCounters(db: BenchDatabase, advisors: readonly Advisor[], weeks: readonly string[]) {
  const random = rng(20260705);
  const chunk = advisorsPerTeam * 10;
  const progress = bar('counters', advisors.length);
  let items = 0;
  for (let i = 0; i < advisors.length; i += chunk) {
    const deltas: CounterDelta[] = [];
    for (const advisor of advisors.slice(i, i + chunk)) {
      const skill = random() * 2.5;
      for (const period of weeks) {
        const responses = Math.floor(random() * 5);
        for (let r = 0; r < responses; r++) {
          const satisfaction = Math.min(10, Math.round(6 + skill + random() * 2.5));
          const context = {
            teamId: advisor.teamId,
            advisorId: advisor.payrollId,
            channel: channels[Math.floor(random() * 3)] as (typeof channels)[number],
            period,
            quarter,
            workMode: advisor.workMode,
          };
          deltas.push(
            ...customerResponseDeltas(context, {
              satisfaction,
              recommendation: Math.min(10, satisfaction + Math.round(random() * 2 - 1)),
              resolved: random() < 0.8,
              effort: 1 + Math.floor(random() * 4),
            }),
          );
        }
      }
    }
    const written = sumDeltas(deltas, aggregateKeyString).map((total) => {
      const { key, attributes } = aggregateItemOf(total.target);
      return { ...key, ...attributes, ...total.add };
    });
    await writeInParallel(db, written);
    items += written.length;
    progress.update(Math.min(advisors.length, i + chunk), { unit: `advisors (${items} items)` });
  }
  progress.stop();
  return items;
}

/** Batch writes of 25, eight in flight (seeding only). */
async function writeInParallel(db: BenchDatabase, items: readonly Record<string, unknown>[]) {
  const slices: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 250) slices.push(items.slice(i, i + 250));
  await mapWithConcurrency(slices, 8, (slice) =>
    batchWriteAll(db.clients.doc, db.config.MAIN_TABLE_NAME, slice),
  );
}

/** Each team's weekly operations counters (all channels and phone), as interaction recording writes them. */
async function seedOperations(db: BenchDatabase, teams: readonly Team[], weeks: readonly string[]) {
  const random = rng(7);
  const items = teams.flatMap((t) =>
    weeks.flatMap((period) => {
      const contacts = 1200 + Math.floor(random() * 600);
      const mean = 300 + random() * 120;
      const counters = {
        contacts,
        htN: contacts,
        htSum: contacts * mean,
        htSumSq: contacts * (mean * mean + 90 * 90),
        fcrN: contacts,
        fcrSum: Math.round(contacts * 0.75),
      };
      return ['all', 'phone'].map((channel) =>
        operationsAggregateItem({ teamId: t.teamId, period, channel, ...counters }),
      );
    }),
  );
  await writeInParallel(db, items);
  return items.length;
}

async function seed(db: BenchDatabase, deps: QuarterCloseDeps, count: number) {
  const started = performance.now();
  const { teams, advisors } = centre(count);
  const roster = new DynamoRosterRepository(db.clients, db.config.MAIN_TABLE_NAME);
  await roster.upsertTeams(teams);
  const progress = bar('roster', advisors.length);
  const slices: Advisor[][] = [];
  for (let i = 0; i < advisors.length; i += 500) slices.push(advisors.slice(i, i + 500));
  let done = 0;
  await mapWithConcurrency(slices, 4, async (slice) => {
    await roster.upsertAdvisors(slice);
    done += slice.length;
    progress.update(done, { unit: 'advisors' });
  });
  progress.stop();
  const weeks = weeksOfQuarter(quarter);
  const counters = await seedCounters(db, advisors, weeks);
  const operations = await seedOperations(db, teams, weeks);
  // Pay: the CSE consulted and advisors informed, pay enabled, the sample policy published, all in June.
  const june = { ...deps, clock: { now: () => new Date('2026-06-02T08:00:00Z') } };
  await recordPayPrerequisites(june, { cseConsultedOn: '2026-05-15', advisorsInformedOn: '2026-05-20' }, hr);
  await enablePayIndicators(june, hr);
  const draft = await savePayPolicyDraft(june, defaultPayPolicy(quarter), hr);
  await publishPayPolicy(june, draft.version, hr);
  console.log(
    `  seeded ${teams.length} teams, ${advisors.length} advisors, ${counters} customer counter items, ` +
      `${operations} operations items, policy v${draft.version} published 2026-06-02 ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { teams, advisors, weeks };
}

/** Peak rss and heapUsed while `run` runs, sampled every 10 ms (and at its start and end). */
async function withMemoryPeak<T>(run: () => Promise<T>) {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    const result = await run();
    const ms = performance.now() - started;
    sample();
    return { result, ms, peak };
  } finally {
    clearInterval(timer);
  }
}

async function queryAll(
  db: BenchDatabase,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.clients.doc.send(
      new QueryCommand({ TableName: db.config.MAIN_TABLE_NAME, ...input, ExclusiveStartKey: start }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

const partition = (p: string) => ({
  KeyConditionExpression: 'pk = :p',
  ExpressionAttributeValues: { ':p': p },
});
const weekRange = (p: string, from: string, to: string) => ({
  KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
  ExpressionAttributeValues: { ':p': p, ':from': `PERIOD#${from}`, ':to': `PERIOD#${to}#\uffff` },
});

/**
 * The DynamoDB calls a close needs, sent straight with the client: the closed-quarter and
 * review checks, the policy versions, the advisor listing (pages of 200), the contests, the
 * teams (one BatchGet), the centre's quadrant thresholds once (every team's last four weeks
 * and published team figures), each team's customer, work-mode and operations counters and
 * its own published groups over the analysis weeks, each advisor's quarter Get and weeks
 * Query, and the rows' batch writes; `closeReadConcurrency` calls in flight like the service.
 */
async function rawClose(db: BenchDatabase, teams: readonly Team[], rows: readonly QuarterReviewRow[]) {
  const weeks = weeksOfQuarter(quarter);
  const first = weeks[0] as string;
  const last = weeks.at(-1) as string;
  const analysis = analysisWeeks({ now: () => now }, undefined, last);
  const [aFirst, aLast] = [analysis[0] as string, analysis.at(-1) as string];
  const recent = analysis.slice(-quadrantWindowWeeks);
  const items = rows.map((row) => ({
    ...quarterReviewKeys.row(row.quarter, row.advisorId),
    type: quarterReviewEntityTypes.row,
    reviewState: row.review.state,
    row: JSON.stringify(row),
  }));
  const published = (group: string, from: string, to: string) =>
    queryAll(db, {
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':p': keys.publishedPulseFiguresPartition(group),
        ':from': `WEEK#${from}`,
        ':to': `WEEK#${to}#\uffff`,
      },
    });
  const c = closeReadConcurrency;
  const started = performance.now();
  await db.clients.doc.send(
    new QueryCommand({
      TableName: db.config.MAIN_TABLE_NAME,
      ...partition(closedQuarterKeys.revisionsPartition(quarter)),
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  await queryAll(db, {
    ...partition(quarterReviewKeys.rowsPartition(quarter)),
    FilterExpression: '#state <> :pending',
    ProjectionExpression: '#sk',
    ExpressionAttributeNames: { '#state': 'reviewState', '#sk': 'sk' },
    ExpressionAttributeValues: { ':p': quarterReviewKeys.rowsPartition(quarter), ':pending': 'pending' },
  });
  await queryAll(db, { ...partition(payKeys.payPolicyVersionsPartition()), ConsistentRead: true });
  const advisorIds: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.clients.doc.send(
      new QueryCommand({
        TableName: db.config.MAIN_TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': keys.advisorsPartition() },
        Limit: 200,
        ExclusiveStartKey: start,
      }),
    );
    advisorIds.push(...(out.Items ?? []).map((i) => String(i.payrollId)));
    start = out.LastEvaluatedKey;
  } while (start);
  await queryAll(db, partition(quarterReviewKeys.contestsPartition(quarter)));
  const teamIds = teams.map((t) => t.teamId);
  // Centre thresholds, once: the team listing, each team's last weeks, the published team figures.
  await queryAll(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': keys.teamsPartition() },
    Limit: 200,
  });
  await batchGetAll(db.clients.doc, db.config.MAIN_TABLE_NAME, teamIds.map(keys.team));
  await mapWithConcurrency(teamIds, c, (t) =>
    queryAll(
      db,
      weekRange(keys.customerAggregatesOfTeamPartition(t), recent[0] as string, recent.at(-1) as string),
    ),
  );
  await mapWithConcurrency(teamIds, c, (t) =>
    published(groupId({ kind: 'team', teamId: t }), recent[0] as string, recent.at(-1) as string),
  );
  // Each team's analysis reads and its quarter's operations.
  await mapWithConcurrency(teamIds, c, async (t) => {
    const groups = [
      groupId({ kind: 'team', teamId: t }),
      ...workModes.map((workMode) => groupId({ kind: 'team-work-mode', teamId: t, workMode })),
    ];
    await Promise.all([
      (async () => {
        await queryAll(db, weekRange(keys.customerAggregatesOfTeamPartition(t), aFirst, aLast));
        await queryAll(db, weekRange(keys.customerWorkModeAggregatesOfTeamPartition(t), aFirst, aLast));
        await queryAll(db, weekRange(keys.operationsOfTeamPartition(t), aFirst, aLast));
      })(),
      Promise.all(groups.map((g) => published(g, aFirst, aLast))),
    ]);
  });
  await mapWithConcurrency(advisorIds, c, async (id) => {
    await Promise.all([
      db.clients.doc.send(
        new GetCommand({
          TableName: db.config.MAIN_TABLE_NAME,
          Key: keys.advisorQuarterAggregate(id, quarter),
        }),
      ),
      queryAll(db, weekRange(keys.advisorWeekCustomerAggregatesPartition(id), first, last)),
    ]);
  });
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  await mapWithConcurrency(batches, reviewRowWritesInFlight, (batch) =>
    db.clients.doc.send(
      new BatchWriteCommand({
        RequestItems: { [db.config.MAIN_TABLE_NAME]: batch.map((Item) => ({ PutRequest: { Item } })) },
      }),
    ),
  );
  return performance.now() - started;
}

interface ComputeReport {
  readonly ms: number;
  readonly rows: number;
  readonly belowMinimum: number;
  readonly responses: { readonly min: number; readonly median: number };
  /** SHA-256 of every row's figures (computedAt aside). */
  readonly digest: string;
  readonly base: { readonly rss: number; readonly heapUsed: number };
  readonly peak: { readonly rss: number; readonly heapUsed: number };
}

const childFlag = '--close-bench-child';

function quarterCloseDeps(config: Config, clients: DynamoClients): QuarterCloseDeps {
  return {
    ...dynamoDeps(config, clients),
    clock: { now: () => now },
    reviews: new DynamoQuarterReviewRepository(clients, config.MAIN_TABLE_NAME),
    closedQuarters: new DynamoClosedQuarterRepository(clients, config.MAIN_TABLE_NAME),
  };
}

/**
 * One `computeQuarter` in a process of its own (this file, forked), so its memory is the
 * close's and not the seeding's: the process's rss and heapUsed before, their peaks during.
 */
function computeInChild(config: Config): Promise<ComputeReport> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [childFlag], {
      env: { ...process.env, CLOSE_BENCH_CONFIG: JSON.stringify(config) },
    });
    child.once('message', (m) => resolve(m as ComputeReport));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the compute process exited with ${code}`));
    });
  });
}

async function childCompute(): Promise<void> {
  const config = JSON.parse(String(process.env.CLOSE_BENCH_CONFIG)) as Config;
  const clients = createDynamoClients({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  const deps = quarterCloseDeps(config, clients);
  const m = process.memoryUsage();
  const { result, ms, peak } = await withMemoryPeak(() => computeQuarter(deps, hr, quarter));
  const responses = result.map((r) => r.indicator.responses).sort((a, b) => a - b);
  const report: ComputeReport = {
    ms,
    rows: result.length,
    belowMinimum: result.filter((r) => r.indicator.responses < r.indicator.minimumResponses).length,
    responses: { min: responses[0] ?? 0, median: responses[Math.floor(responses.length / 2)] ?? 0 },
    digest: createHash('sha256').update(figures(result)).digest('hex'),
    base: { rss: m.rss, heapUsed: m.heapUsed },
    peak,
  };
  clients.raw.destroy();
  process.send?.(report, () => process.exit(0));
}

const mb = (bytes: number) => bytes / (1024 * 1024);
const figures = (rows: readonly QuarterReviewRow[]) =>
  JSON.stringify(rows.map(({ computedAt: _, ...rest }) => rest));

export async function benchClose(count: number): Promise<void> {
  const db = await benchDatabase();
  try {
    console.log(`close: computeQuarter for ${count} advisors, ${db.description}`);
    const deps = quarterCloseDeps(db.config, db.clients);
    const { teams } = await seed(db, deps, count);
    // Each compute runs in a fresh process. The first warms DynamoDB Local's JVM; the raw calls
    // run next, then the timed compute, which reads and rewrites the rows the raw calls do.
    const cold = await computeInChild(db.config);
    const raw = await rawClose(db, teams, await deps.reviews.rows(quarter));
    const timed = await computeInChild(db.config);
    const ratio = timed.ms / raw;
    console.log(
      `  rows     ${timed.rows} (${timed.belowMinimum} below the policy's minimum responses; responses per ` +
        `advisor min ${timed.responses.min}, median ${timed.responses.median}), ${teams.length} teams`,
    );
    console.log(
      `  close    ${(timed.ms / 1000).toFixed(2).padStart(7)} s   (first, cold compute: ${(cold.ms / 1000).toFixed(2)} s)`,
    );
    console.log(
      `  raw      ${(raw / 1000).toFixed(2).padStart(7)} s   the same DynamoDB calls, ${closeReadConcurrency} reads and ` +
        `${reviewRowWritesInFlight} batch writes in flight`,
    );
    console.log(
      `  ratio    ${ratio.toFixed(2).padStart(7)}     close ÷ raw; goal ≤ ${goals.ratio}: ${ratio <= goals.ratio ? 'met' : 'MISSED'}`,
    );
    const peak = mb(timed.peak.rss);
    console.log(
      `  memory   peak rss ${peak.toFixed(0)} MB (the compute's own process, ${mb(timed.base.rss).toFixed(0)} MB ` +
        `before it), peak heapUsed ${mb(timed.peak.heapUsed).toFixed(0)} MB (${mb(timed.base.heapUsed).toFixed(0)} MB ` +
        `before); goal peak rss ≤ ${goals.peakMb} MB: ${peak <= goals.peakMb ? 'met' : 'MISSED'} (cold compute: ` +
        `peak rss ${mb(cold.peak.rss).toFixed(0)} MB, heapUsed ${mb(cold.peak.heapUsed).toFixed(0)} MB)`,
    );
    console.log(
      `  re-run   before any approval: figures ${timed.digest === cold.digest ? 'identical' : 'DIFFERENT'} ` +
        `to the first compute (computedAt aside; SHA-256 ${timed.digest.slice(0, 12)}…)`,
    );
  } finally {
    await db.close();
  }
}

if (process.argv.includes(childFlag)) await childCompute();
