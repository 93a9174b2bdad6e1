/**
 * Response recording benchmark: records N interactions, dispatches their surveys to an
 * in-memory mailer, then posts one customer response per survey link through the HTTP route
 * (real HTTP on loopback, 8 in flight) and sends the same transactions (invitation consumption,
 * response, three counter updates) straight to DynamoDB, then prints both rates and their
 * ratio, the app's own overhead. `npm run bench -- record [N]`.
 */
import { randomBytes } from 'node:crypto';
import { SingleBar } from 'cli-progress';
import { aggregateKeyString, counterUpdate } from '../functions/adapters/dynamo/aggregate-updates.js';
import { batchWriteAll } from '../functions/adapters/dynamo/batch.js';
import { mapWithConcurrency } from '../functions/adapters/dynamo/concurrency.js';
import { entityTypes, keys } from '../functions/adapters/dynamo/keys.js';
import { customerResponseItem } from '../functions/adapters/dynamo/survey.repository.js';
import { transactWithRetry } from '../functions/adapters/dynamo/transactions.js';
import { serveLocally } from '../functions/http/local.js';
import {
  customerLinkDays,
  dispatchCustomerSurveys,
} from '../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../functions/services/interaction.service.js';
import type { Mailer, OutgoingMail } from '../functions/services/ports/mailer.port.js';
import type { CustomerInvitation } from '../functions/services/ports/survey.port.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { freePort } from '../scripts/local/dynamodb-local.js';
import { customerResponseDeltas } from '../shared/aggregates/counter-deltas.js';
import { channels, type InteractionInput } from '../shared/roster/index.js';
import { customerAnswerFromForm, customerAnswerSchema } from '../shared/surveys/customer-response.schema.js';
import { isoWeekOf, quarterOf } from '../shared/time/period.js';
import { benchDatabase } from './bench-database.js';

const inFlight = 8;
const form = { satisfaction: '8', recommendation: '9', resolved: 'yes' };

/** Keeps every message in memory and reports each one sent. */
class MemoryMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  constructor(private readonly onSend: (count: number) => void) {}
  async send(mail: OutgoingMail) {
    this.sent.push(mail);
    this.onSend(this.sent.length);
    return { messageId: `bench-${this.sent.length}` };
  }
}

/** The path of the first link in a mail's text whose path starts with `prefix`. */
function linkIn(mail: OutgoingMail, prefix: string): string {
  const match = mail.text.match(
    new RegExp(`https?://[^\\s)>\\]]*${prefix.replaceAll('/', '\\/')}[^\\s)>\\]]*`),
  );
  if (!match) throw new Error(`No ${prefix} link in mail to ${mail.to}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}

function progressBar(label: string, total: number): SingleBar {
  const bar = new SingleBar({ format: `${label.padEnd(9)} [{bar}] {value}/{total}`, hideCursor: true });
  bar.start(total, 0);
  return bar;
}

export async function benchRecord(n: number): Promise<void> {
  const db = await benchDatabase();
  const deps = dynamoDeps(db.config, db.clients);
  const teamId = 'bench-record';
  const advisorId = 'R1';
  await deps.roster.upsertTeams([
    { teamId, name: 'Bench record', site: 'Lyon', managementProfile: 'unknown', managers: [] },
  ]);
  await deps.roster.upsertAdvisors([
    {
      payrollId: advisorId,
      email: 'r1@centre.example',
      firstName: 'Camille',
      teamId,
      locale: 'fr',
      workMode: 'hybrid',
      fte: 1,
      startDate: '2025-01-01',
    },
  ]);

  const run = randomBytes(3).toString('hex');
  const now = Date.now();
  const interactions: InteractionInput[] = Array.from({ length: n }, (_, i) => {
    const ended = new Date(now - (i + 1) * 60_000);
    return {
      externalId: `${run}-${i}`,
      advisorId,
      channel: channels[i % channels.length] ?? 'phone',
      startedAt: new Date(ended.getTime() - 300_000).toISOString(),
      endedAt: ended.toISOString(),
      handleTimeSeconds: 300,
      resolvedFirstContact: true,
      customerEmail: `c${run}-${i}@client.example`,
      customerLocale: i % 2 ? 'en' : 'fr',
    };
  });
  for (let i = 0; i < n; i += 500) {
    await recordInteractionBatch(deps, {}, { interactions: interactions.slice(i, i + 500) });
  }

  const port = await freePort();
  const dispatchBar = progressBar('Dispatch', n);
  const mailer = new MemoryMailer((count) => dispatchBar.update(count));
  const dispatched = await dispatchCustomerSurveys({
    ...deps,
    mailer,
    publicBaseUrl: `http://127.0.0.1:${port}`,
  });
  dispatchBar.stop();
  if (dispatched.sent !== n) {
    throw new Error(
      `Dispatch sent ${dispatched.sent} of ${n} surveys: ${JSON.stringify(dispatched.skipped)}`,
    );
  }
  const links = mailer.sent.map((mail) => linkIn(mail, '/s/c/'));

  const server = serveLocally(deps, port);
  const httpBar = progressBar('HTTP', n);
  let posted = 0;
  const httpStart = performance.now();
  await mapWithConcurrency(links, inFlight, async (path) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    await res.text();
    if (res.status !== 200) throw new Error(`Survey POST answered ${res.status}`);
    httpBar.update(++posted);
  });
  const httpSeconds = (performance.now() - httpStart) / 1000;
  httpBar.stop();
  server.close();

  const answer = customerAnswerSchema.parse(customerAnswerFromForm(form));
  const expiresAt = Math.floor(now / 1000) + customerLinkDays * 86_400;
  const invitations: CustomerInvitation[] = interactions.map((interaction, i) => {
    const start = new Date(interaction.startedAt ?? interaction.endedAt);
    return {
      invitationId: `raw-${run}-${i}`,
      interactionId: interaction.externalId,
      advisorId,
      advisorFirstName: 'Camille',
      teamId,
      channel: interaction.channel,
      period: isoWeekOf(start),
      quarter: quarterOf(start),
      locale: interaction.customerLocale ?? 'fr',
      customerKey: deps.customerKey(interaction.customerEmail),
      expiresAt,
    };
  });
  await batchWriteAll(
    db.clients.doc,
    db.config.MAIN_TABLE_NAME,
    invitations.map((inv) => ({
      ...keys.customerInvitation(inv.invitationId),
      type: entityTypes.customerInvitation,
      ...inv,
    })),
  );

  const table = db.config.MAIN_TABLE_NAME;
  const rawBar = progressBar('Raw', n);
  let sent = 0;
  const rawStart = performance.now();
  await mapWithConcurrency(invitations, inFlight, async (inv, i) => {
    const result = await transactWithRetry(db.clients.doc, [
      {
        Update: {
          TableName: table,
          Key: keys.customerInvitation(inv.invitationId),
          UpdateExpression: 'SET answered = :true',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(answered)',
          ExpressionAttributeValues: { ':true': true },
        },
      },
      {
        Put: {
          TableName: table,
          Item: customerResponseItem(inv, answer, `raw-response-${run}-${i}`),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...customerResponseDeltas(inv, answer).map((d) => counterUpdate(table, d)),
    ]);
    if (!result.ok) throw new Error(`Raw transaction cancelled: ${result.codes.join(', ')}`);
    rawBar.update(++sent);
  });
  const rawSeconds = (performance.now() - rawStart) / 1000;
  rawBar.stop();

  const hotCounters = new Set(
    invitations.flatMap((inv) =>
      customerResponseDeltas(inv, answer).map((d) => aggregateKeyString(d.target)),
    ),
  ).size;
  await db.close();
  const httpRate = n / httpSeconds;
  const rawRate = n / rawSeconds;
  console.log(`\nrecord: ${n} customer responses on ${db.description}, ${inFlight} in flight`);
  const moved = invitations[0] ? customerResponseDeltas(invitations[0], answer).length : 0;
  console.log(
    `  (one team, one advisor: every response moves ${moved} of ${hotCounters} shared counter items)`,
  );
  console.log(
    `  through POST /s/c/{token} (token check, invitation read, validation, transaction, page): ${httpRate.toFixed(0)} responses/s (${httpSeconds.toFixed(2)} s)`,
  );
  console.log(
    `  straight to DynamoDB (TransactWriteItems, same ${moved + 2} items, conflicts retried):            ${rawRate.toFixed(0)} transactions/s (${rawSeconds.toFixed(2)} s)`,
  );
  console.log(`  ratio raw/HTTP: ${(rawRate / httpRate).toFixed(2)}x`);
}
