/**
 * Ingest benchmark: posts N interactions through the HTTP API (batches of 500, real HTTP on
 * loopback) and writes the same items straight to DynamoDB with BatchWriteItem, then prints
 * both rates and their ratio, the app's own overhead. `npm run bench -- ingest [N]`.
 */
import { randomBytes } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { SingleBar } from 'cli-progress';
import { serveLocally } from '../functions/http/local.js';
import { createApiKey } from '../functions/services/api-key.service.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { freePort } from '../scripts/local/dynamodb-local.js';
import type { InteractionInput } from '../shared/roster/index.js';
import { benchDatabase } from './bench-database.js';

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
  const server = serveLocally(deps, port);

  const run = randomBytes(3).toString('hex');
  const now = Date.now();
  const items: InteractionInput[] = Array.from({ length: n }, (_, i) => {
    const ended = new Date(now - (i % (26 * 7 * 24)) * 3_600_000);
    return {
      externalId: `${run}-${i}`,
      advisorId: `B${i % 80}`,
      channel: (['phone', 'email', 'chat', 'social', 'in-person'] as const)[i % 5] ?? 'phone',
      startedAt: new Date(ended.getTime() - 300_000).toISOString(),
      endedAt: ended.toISOString(),
      handleTimeSeconds: 300,
      resolvedFirstContact: i % 3 !== 0,
      customerEmail: `c${i}@client.example`,
      customerLocale: 'fr',
    };
  });

  const bar = new SingleBar({ format: 'API   [{bar}] {value}/{total}', hideCursor: true });
  bar.start(n, 0);
  const apiStart = performance.now();
  for (let i = 0; i < n; i += 500) {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/interactions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ interactions: items.slice(i, i + 500) }),
    });
    if (res.status >= 300) throw new Error(`API answered ${res.status}: ${await res.text()}`);
    bar.update(Math.min(n, i + 500));
  }
  const apiSeconds = (performance.now() - apiStart) / 1000;
  bar.stop();

  const rawBar = new SingleBar({ format: 'Raw   [{bar}] {value}/{total}', hideCursor: true });
  rawBar.start(n, 0);
  const rawStart = performance.now();
  for (let i = 0; i < n; i += 25) {
    const chunk = items.slice(i, i + 25).map((item) => ({
      PutRequest: { Item: { pk: `RAW#${item.externalId}`, sk: 'INTERACTION', type: 'BenchRaw', ...item } },
    }));
    let pending = chunk;
    while (pending.length) {
      const out = await db.clients.doc.send(
        new BatchWriteCommand({ RequestItems: { [db.config.MAIN_TABLE_NAME]: pending } }),
      );
      pending = (out.UnprocessedItems?.[db.config.MAIN_TABLE_NAME] ?? []) as typeof chunk;
    }
    rawBar.update(Math.min(n, i + 25));
  }
  const rawSeconds = (performance.now() - rawStart) / 1000;
  rawBar.stop();

  server.close();
  await db.close();
  const apiRate = n / apiSeconds;
  const rawRate = n / rawSeconds;
  console.log(`\ningest: ${n} interactions on ${db.description}`);
  console.log(
    `  through the API (validation, hashing, transactions with aggregates): ${apiRate.toFixed(0)} interactions/s (${apiSeconds.toFixed(2)} s)`,
  );
  console.log(
    `  straight to DynamoDB (BatchWriteItem, same items):                 ${rawRate.toFixed(0)} items/s (${rawSeconds.toFixed(2)} s)`,
  );
  console.log(`  ratio raw/API: ${(rawRate / apiRate).toFixed(2)}x`);
}
