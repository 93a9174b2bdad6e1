/**
 * Response recording benchmark, `npm run bench -- record [N]`, in two centres:
 * - spread: 25 teams of 8 advisors, contacts over the last six days (a real week's responses);
 * - hot: one team of 8 advisors, every contact in the last hours (its week's team counters are
 *   moved by every response, so concurrent responses meet on the same items).
 * In each, 2N interactions are recorded and their surveys dispatched to an in-memory mailer;
 * the links are dealt alternately to the two sides, which run interleaved in rounds (the order
 * swapped every round) so both see the same machine load:
 * - HTTP: each customer's answers (scores spread over 0–10, a comment on one in four) posted to
 *   POST /s/c/{token} of the survey function's app (real HTTP on loopback, 8 keep-alive
 *   connections of a minimal client (bench/loopback-client.ts), since it shares the process): token
 *   check (the link carries what the response records), validation, transaction, thanks page
 *   (9–10 read the centre's link setting).
 * - raw: the very transaction the app sends for the same answers (built by the same function:
 *   invitation consumed under its condition, response, five counters, comment when there is
 *   one), sent straight to DynamoDB with the same conflict retries, 8 in flight; the
 *   invitations are read before the clock starts.
 * Each side's first 40 links are answered untimed (warm-up).
 * Prints both rates and the ratio HTTP/raw: the share of the raw transaction rate the app keeps.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { mapWithConcurrency } from '../functions/adapters/dynamo/concurrency.js';
import { customerResponseTransaction } from '../functions/adapters/dynamo/survey.repository.js';
import { transactWithRetry } from '../functions/adapters/dynamo/transactions.js';
import { createSurveyApp } from '../functions/http/survey-app.js';
import { dispatchCustomerSurveys } from '../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../functions/services/interaction.service.js';
import type { Mailer, OutgoingMail } from '../functions/services/ports/mailer.port.js';
import type { CustomerInvitation } from '../functions/services/ports/survey.port.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { freePort } from '../scripts/local/dynamodb-local.js';
import { channels, type InteractionInput } from '../shared/roster/index.js';
import { customerAnswerFromForm, customerAnswerSchema } from '../shared/surveys/customer-response.schema.js';
import { type BenchDatabase, benchDatabase } from './bench-database.js';
import { LoopbackConnection } from './loopback-client.js';

const inFlight = 8;
const rounds = 10;
/** Links per side and centre answered untimed first. */
const warmUp = 40;

interface Centre {
  readonly name: 'spread' | 'hot';
  readonly teams: number;
  readonly advisorsPerTeam: number;
  /** How far back the contacts go, in minutes. */
  readonly spanMinutes: number;
}

const centres: readonly Centre[] = [
  { name: 'spread', teams: 25, advisorsPerTeam: 8, spanMinutes: 6 * 24 * 60 },
  { name: 'hot', teams: 1, advisorsPerTeam: 8, spanMinutes: 3 * 60 },
];

/** A customer's form: scores spread over 0–10, resolved or not, a comment on one in four. */
function formOf(i: number): Record<string, string> {
  return {
    satisfaction: String((i * 7 + 3) % 11),
    recommendation: String((i * 5 + 4) % 11),
    resolved: i % 3 ? 'yes' : 'no',
    ...(i % 4 === 0 ? { comment: 'Conseillère très claire, merci.' } : {}),
  };
}

/** Keeps every message in memory. */
class MemoryMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail) {
    this.sent.push(mail);
    return { messageId: `bench-${this.sent.length}` };
  }
}

/** The path of the survey link in a mail's text. */
function surveyPath(mail: OutgoingMail): string {
  const match = mail.text.match(/https?:\/\/[^\s)>\]]*\/s\/c\/[^\s)>\]?]*/);
  if (!match) throw new Error(`No survey link in mail to ${mail.to}`);
  return new URL(match[0]).pathname;
}

async function setUpCentre(
  deps: ReturnType<typeof dynamoDeps>,
  centre: Centre,
  run: string,
  n: number,
): Promise<void> {
  const teamIds = Array.from({ length: centre.teams }, (_, t) => `${centre.name}-${run}-${t}`);
  await deps.roster.upsertTeams(
    teamIds.map((teamId, t) => ({
      teamId,
      name: `Bench ${centre.name} ${t}`,
      site: 'Lyon',
      managementProfile: 'unknown' as const,
      managers: [],
    })),
  );
  const advisorIds = teamIds.flatMap((teamId) =>
    Array.from({ length: centre.advisorsPerTeam }, (_, a) => ({ teamId, payrollId: `${teamId}-A${a}` })),
  );
  await deps.roster.upsertAdvisors(
    advisorIds.map(({ teamId, payrollId }, a) => ({
      payrollId,
      email: `${payrollId}@centre.example`,
      firstName: 'Camille',
      teamId,
      locale: 'fr' as const,
      workMode: (['hybrid', 'remote', 'on-site'] as const)[a % 3] ?? 'hybrid',
      fte: 1,
      startDate: '2025-01-01',
    })),
  );
  const now = Date.now();
  const interactions: InteractionInput[] = Array.from({ length: 2 * n }, (_, i) => {
    const ended = new Date(now - 60_000 - Math.floor((i / (2 * n)) * centre.spanMinutes) * 60_000);
    return {
      externalId: `${centre.name}-${run}-${i}`,
      advisorId: advisorIds[(i * 13) % advisorIds.length]?.payrollId ?? '',
      channel: channels[i % channels.length] ?? 'phone',
      startedAt: new Date(ended.getTime() - 300_000).toISOString(),
      endedAt: ended.toISOString(),
      handleTimeSeconds: 300,
      resolvedFirstContact: true,
      customerEmail: `c-${centre.name}-${run}-${i}@client.example`,
      customerLocale: i % 3 ? 'fr' : 'en',
    };
  });
  for (let i = 0; i < interactions.length; i += 500) {
    await recordInteractionBatch(deps, {}, { interactions: interactions.slice(i, i + 500) });
  }
}

interface Side {
  seconds: number;
  count: number;
  cpuMs: number;
}

async function timed<T>(side: Side, items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await mapWithConcurrency(items, inFlight, fn);
  side.seconds += (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  side.cpuMs += (used.user + used.system) / 1000;
  side.count += items.length;
}

async function benchCentre(
  db: BenchDatabase,
  deps: ReturnType<typeof dynamoDeps>,
  port: number,
  paths: readonly string[],
): Promise<{ http: Side; raw: Side }> {
  // Alternate links to each side, so both get the same spread of teams, advisors and weeks.
  const httpPosts = paths.flatMap((path, i) =>
    i % 2 === 0 ? [{ path, body: new URLSearchParams(formOf(i)).toString() }] : [],
  );
  const rawInvitations: { invitation: CustomerInvitation; form: Record<string, string> }[] = [];
  for (const [i, path] of paths.entries()) {
    if (i % 2 === 0) continue;
    const check = await deps.tokens.check(path.slice('/s/c/'.length), new Date());
    if (check.status !== 'valid' || check.claims.kind !== 'customer') throw new Error('Bad bench link');
    const invitation = await deps.surveys.getCustomerInvitation(check.claims.invitationId);
    if (!invitation) throw new Error('Bench invitation missing');
    rawInvitations.push({ invitation, form: formOf(i) });
  }
  const table = db.config.MAIN_TABLE_NAME;
  const idle = Array.from({ length: inFlight }, () => new LoopbackConnection(port));
  const http: Side = { seconds: 0, count: 0, cpuMs: 0 };
  const raw: Side = { seconds: 0, count: 0, cpuMs: 0 };
  const postOne = async ({ path, body }: (typeof httpPosts)[number]) => {
    const connection = idle.pop();
    if (!connection) throw new Error('More posts in flight than connections');
    const status = await connection.postForm(path, body);
    idle.push(connection);
    if (status !== 200) throw new Error(`Survey POST answered ${status}`);
  };
  const sendOne = async ({ invitation, form }: (typeof rawInvitations)[number]) => {
    const answer = customerAnswerSchema.parse(customerAnswerFromForm(form));
    const items = customerResponseTransaction(table, { invitation, answer, responseId: randomUUID() });
    const result = await transactWithRetry(db.clients.doc, items);
    if (!result.ok) throw new Error(`Raw transaction cancelled: ${result.codes.join(', ')}`);
  };
  const postAll = (slice: typeof httpPosts) => timed(http, slice, postOne);
  const sendAll = (slice: typeof rawInvitations) => timed(raw, slice, sendOne);
  // Untimed warm-up on each side's first links, so neither carries DynamoDB Local's and the
  // JIT's first calls; the rest runs in timed rounds.
  const warm = Math.min(warmUp, Math.floor(httpPosts.length / 4));
  await mapWithConcurrency(httpPosts.slice(0, warm), inFlight, postOne);
  await mapWithConcurrency(rawInvitations.slice(0, warm), inFlight, sendOne);
  const timedPosts = httpPosts.slice(warm);
  const timedInvitations = rawInvitations.slice(warm);
  const size = Math.ceil(timedPosts.length / rounds);
  for (let r = 0; r < rounds; r++) {
    const httpSlice = timedPosts.slice(r * size, (r + 1) * size);
    const rawSlice = timedInvitations.slice(r * size, (r + 1) * size);
    if (r % 2 === 0) {
      await postAll(httpSlice);
      await sendAll(rawSlice);
    } else {
      await sendAll(rawSlice);
      await postAll(httpSlice);
    }
  }
  for (const connection of idle) connection.close();
  return { http, raw };
}

export async function benchRecord(n: number): Promise<void> {
  const db = await benchDatabase();
  const deps = dynamoDeps(db.config, db.clients);
  const run = randomBytes(3).toString('hex');
  for (const centre of centres) await setUpCentre(deps, centre, run, n);
  const port = await freePort();
  const mailer = new MemoryMailer();
  const dispatched = await dispatchCustomerSurveys({
    ...deps,
    mailer,
    publicBaseUrl: `http://127.0.0.1:${port}`,
  });
  if (dispatched.sent !== 2 * n * centres.length) {
    throw new Error(`Dispatch sent ${dispatched.sent} surveys: ${JSON.stringify(dispatched.skipped)}`);
  }
  const byCentre = new Map<string, string[]>(centres.map((c) => [c.name, []]));
  // The mails' order is the dispatch's; the invitation tells the centre, so ask the token.
  for (const mail of mailer.sent) {
    const path = surveyPath(mail);
    const check = await deps.tokens.check(path.slice('/s/c/'.length), new Date());
    if (check.status !== 'valid' || check.claims.kind !== 'customer') throw new Error('Bad bench link');
    byCentre.get(check.claims.advisorId.split('-')[0] ?? '')?.push(path);
  }

  const app = createSurveyApp({ ...deps, surveys: deps.surveys, pulseSeal: deps.pulseSeal });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  console.log(
    `\nrecord: ${n} customer responses per side and centre (the first ${warmUp} untimed) on ${db.description}, ${inFlight} in flight`,
  );
  console.log('  HTTP: POST /s/c/{token} on the survey app (token, validation, transaction, thanks page)');
  console.log(
    '  raw:  the same TransactWriteItems straight to DynamoDB (same items and conditions, same retries)',
  );
  for (const centre of centres) {
    const { http, raw } = await benchCentre(db, deps, port, byCentre.get(centre.name) ?? []);
    const httpRate = http.count / http.seconds;
    const rawRate = raw.count / raw.seconds;
    console.log(
      `  ${centre.name.padEnd(6)} (${centre.teams} team${centre.teams > 1 ? 's' : ''} × ${centre.advisorsPerTeam} advisors): HTTP ${httpRate.toFixed(0)} responses/s, raw ${rawRate.toFixed(0)} transactions/s, ratio HTTP/raw ${(httpRate / rawRate).toFixed(2)}; this process's CPU per response ${(http.cpuMs / http.count).toFixed(1)} ms HTTP, ${(raw.cpuMs / raw.count).toFixed(1)} ms raw`,
    );
  }
  server.close();
  await db.close();
}
