/**
 * Ingest benchmark, `npm run bench -- ingest [N]`: 8 teams of 10 advisors, contacts over the
 * last six months (half of them recent enough for a pending survey). Two sides, N contacts each,
 * in batches of 500 dealt alternately and run interleaved (the order swapped every batch) so
 * both see the same machine load:
 * - API: each batch posted to POST /api/v1/interactions (real HTTP on loopback): validation,
 *   advisors and scope, conflict check against stored contacts, email hashing, transactions.
 * - raw: the very DynamoDB writes the API sends for such a batch, built by the same functions
 *   (interactions put only if new, pending surveys with the plain email, the team-week
 *   operations counters; chunks of at most 100 actions, one transaction at a time, the same
 *   conflict retries), sent straight to DynamoDB; the items are built before the clock starts.
 * One untimed batch per side first warms DynamoDB Local and the JIT.
 * Prints both rates and the ratio API/raw: the share of the raw write rate the API keeps.
 */
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import {
  interactionChunks,
  interactionTransaction,
} from '../functions/adapters/dynamo/interaction.repository.js';
import { transactWithRetry } from '../functions/adapters/dynamo/transactions.js';
import { createApp } from '../functions/http/app.js';
import { createApiKey } from '../functions/services/api-key.service.js';
import { toInteractionRecord } from '../functions/services/interaction.service.js';
import type { InteractionToRecord } from '../functions/services/ports/interaction.port.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { freePort } from '../scripts/local/dynamodb-local.js';
import { channels, type InteractionInput, interactionBatchSchema } from '../shared/roster/index.js';
import { benchDatabase } from './bench-database.js';

const batchSize = 500;

export async function benchIngest(n: number): Promise<void> {
  const db = await benchDatabase();
  const deps = dynamoDeps(db.config, db.clients);
  const teams = Array.from({ length: 8 }, (_, t) => ({
    teamId: `bench-${t}`,
    name: `Bench ${t}`,
    site: 'Lyon',
  }));
  await deps.roster.upsertTeams(teams.map((t) => ({ ...t, managementProfile: 'unknown', managers: [] })));
  const advisors = Array.from({ length: 80 }, (_, a) => ({
    payrollId: `B${a}`,
    email: `b${a}@centre.example`,
    teamId: `bench-${a % 8}`,
    locale: 'fr' as const,
    workMode: 'hybrid' as const,
    fte: 1,
    startDate: '2025-01-01',
  }));
  await deps.roster.upsertAdvisors(advisors);
  const { key } = await createApiKey(deps.apiKeys, deps.clock, { name: 'bench' });
  const port = await freePort();
  const server = serve({ fetch: createApp(deps).fetch, port, hostname: '127.0.0.1' });

  const run = randomBytes(3).toString('hex');
  const now = Date.now();
  const contact = (side: string, i: number): InteractionInput => {
    // Every other contact within the survey window (a pending survey), the rest up to 26 weeks back.
    const hoursBack = i % 2 ? (i % (26 * 7 * 24)) + 200 : i % 100;
    const ended = new Date(now - 60_000 - hoursBack * 3_600_000);
    return {
      externalId: `${side}-${run}-${i}`,
      advisorId: `B${i % 80}`,
      channel: channels[i % channels.length] ?? 'phone',
      startedAt: new Date(ended.getTime() - 300_000).toISOString(),
      endedAt: ended.toISOString(),
      handleTimeSeconds: 120 + (i % 600),
      resolvedFirstContact: i % 3 !== 0,
      customerEmail: `c${side}${i}@client.example`,
      customerLocale: i % 4 ? 'fr' : 'en',
    };
  };
  const batches = Math.ceil(n / batchSize);
  const apiBatches = Array.from({ length: batches }, (_, b) =>
    Array.from({ length: Math.min(batchSize, n - b * batchSize) }, (_, j) =>
      contact('api', b * batchSize + j),
    ),
  );
  // The raw side's items, as the service builds them (hashed emails, UTC instants, pending surveys).
  const teamOf = new Map(advisors.map((a) => [a.payrollId, a.teamId]));
  const rawBatch = (side: string, b: number): InteractionToRecord[] => {
    const reports = interactionBatchSchema.parse({
      interactions: Array.from({ length: Math.min(batchSize, n - b * batchSize) }, (_, j) =>
        contact(side, b * batchSize + j),
      ),
    }).interactions;
    const at = new Date();
    return reports.map((r) =>
      toInteractionRecord(deps, r, teamOf.get(r.advisorId) ?? '', at, at.toISOString()),
    );
  };
  const rawBatches = Array.from({ length: batches }, (_, b) => rawBatch('raw', b));

  const table = db.config.MAIN_TABLE_NAME;
  let apiSeconds = 0;
  let rawSeconds = 0;
  const postBatch = async (batch: InteractionInput[]) => {
    const start = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/interactions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ interactions: batch }),
    });
    const body = await res.text();
    apiSeconds += (performance.now() - start) / 1000;
    if (res.status >= 300) throw new Error(`API answered ${res.status}: ${body}`);
  };
  const sendBatch = async (batch: InteractionToRecord[]) => {
    const start = performance.now();
    for (const chunk of interactionChunks(batch)) {
      const result = await transactWithRetry(db.clients.doc, interactionTransaction(table, chunk));
      if (!result.ok) throw new Error(`Raw transaction cancelled: ${result.codes.join(', ')}`);
    }
    rawSeconds += (performance.now() - start) / 1000;
  };
  // Untimed warm-up, one batch per side on contacts of their own, so neither side's figures
  // carry the first calls into DynamoDB Local and the JIT (the first transactions take ~6×).
  await postBatch(Array.from({ length: Math.min(batchSize, n) }, (_, j) => contact('warm-api', j)));
  await sendBatch(rawBatch('warm-raw', 0));
  apiSeconds = 0;
  rawSeconds = 0;
  for (let b = 0; b < batches; b++) {
    const api = apiBatches[b] ?? [];
    const raw = rawBatches[b] ?? [];
    if (b % 2 === 0) {
      await postBatch(api);
      await sendBatch(raw);
    } else {
      await sendBatch(raw);
      await postBatch(api);
    }
  }

  server.close();
  await db.close();
  const apiRate = n / apiSeconds;
  const rawRate = n / rawSeconds;
  console.log(`\ningest: ${n} interactions per side on ${db.description}, batches of ${batchSize}`);
  console.log(
    '  API: POST /api/v1/interactions (validation, advisors, conflict check, hashing, transactions)',
  );
  console.log('  raw: the same transactions straight to DynamoDB (interactions, pending surveys, counters)');
  console.log(
    `  API ${apiRate.toFixed(0)} interactions/s (${apiSeconds.toFixed(2)} s), raw ${rawRate.toFixed(0)} interactions/s (${rawSeconds.toFixed(2)} s), ratio API/raw ${(apiRate / rawRate).toFixed(2)}`,
  );
}
