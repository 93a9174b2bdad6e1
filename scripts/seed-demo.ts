import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { SingleBar } from 'cli-progress';
import { batchWriteAll } from '../functions/adapters/dynamo/batch.js';
import type { DynamoClients } from '../functions/adapters/dynamo/client.js';
import { mapWithConcurrency } from '../functions/adapters/dynamo/concurrency.js';
import { entityTypes, keys } from '../functions/adapters/dynamo/keys.js';
import { DynamoLogicsListsRepository } from '../functions/adapters/dynamo/logics-lists.repository.js';
import { DynamoPublicationRepository } from '../functions/adapters/dynamo/publication.repository.js';
import { pulseAnswerItem } from '../functions/adapters/dynamo/survey.repository.js';
import { aesPulseSeal } from '../functions/adapters/pulse/pulse-seal.js';
import type { Config } from '../functions/config.js';
import { addUser } from '../functions/services/access/user-admin.service.js';
import { createApiKey } from '../functions/services/api-key.service.js';
import type { DispatchDeps } from '../functions/services/customer-dispatch.service.js';
import { publishLogicsMonths } from '../functions/services/logics/publish-logics-month.service.js';
import { lastClosedWeek } from '../functions/services/publication/publish-pulse.service.js';
import { dispatchPulse, pulseLinkExpiry } from '../functions/services/pulse-dispatch.service.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { localJobDeps } from '../functions/wiring/local.wiring.js';
import { logicsPublicationDeps } from '../functions/wiring/logics-publication.wiring.js';
import { pulseWeekAskedAt } from '../shared/surveys/pulse-week-label.js';
import { isoWeekOf } from '../shared/time/period.js';
import { mondayOfIsoWeek } from '../shared/time/windows.js';
import { demoDefaults, generateDemoCentre } from './demo/demo-centre.js';
import { demoResources, demoTools } from './demo/demo-logics.js';
import { seedDemoPay } from './demo/demo-pay.js';
import { demoCommentSets, demoPublication } from './demo-aggregates.js';
import { buildDemoHistory } from './demo-history.js';
import { type LocalDatabase, openLocalDatabase } from './local/local-database.js';

export const demoApiKeyFile = (dataDir: string) => join(dataDir, 'demo-api-key');

async function writeWithProgress(
  db: LocalDatabase,
  table: string,
  items: Record<string, unknown>[],
  label: string,
): Promise<void> {
  const bar = new SingleBar({ format: `  ${label.padEnd(22)} [{bar}] {value}/{total}`, hideCursor: true });
  bar.start(items.length, 0);
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 250) chunks.push(items.slice(i, i + 250));
  let done = 0;
  await mapWithConcurrency(chunks, 6, async (chunk) => {
    await batchWriteAll(db.clients.doc, table, chunk);
    done += chunk.length;
    bar.update(done);
  });
  bar.stop();
}

/** Writes items to one table (npm start draws a progress bar per table). */
export type DemoItemWriter = (
  table: string,
  items: Record<string, unknown>[],
  label: string,
) => Promise<void>;

export interface DemoHistorySeeding {
  /** Sends the open week's pulse invitations: the outbox on this machine, a test's mailer. */
  readonly mail: Pick<DispatchDeps, 'mailer' | 'publicBaseUrl'>;
  /** Another centre of the same design (scripts/demo/README.md); the default seed otherwise. */
  readonly seed?: number | undefined;
  readonly write?: DemoItemWriter | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

/**
 * The demo's history up to `now`, by the product's own pulse rules (what `npm start` seeds and
 * the tests' demo fixture reuses):
 * 1. 26 weeks of contacts, customer responses and anonymous pulses, ending with the week the
 *    pulse sent at `now` asks about (the week before `now`'s), which is still open: only the
 *    advisors who already answered it are in, the demo advisor (`demoAdvisorOf`) not
 * 2. every week closed at `now` (its links expired, `lastClosedWeek`) published in turn, as
 *    the publication job would have done week after week; the open week is not
 * 3. the pulse dispatch of the open week, at `now`: it invites the advisors who have not
 *    answered yet and sends their emails, whose links stay valid until the week closes
 * 4. the pay history (scripts/demo/demo-pay.ts): the consultation and information dates and a
 *    policy published before the last complete quarter (`payQuarter`), ready to compute
 */
export async function seedDemoHistory(
  db: { readonly config: Config; readonly clients: DynamoClients },
  now: Date,
  options: DemoHistorySeeding,
) {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const write: DemoItemWriter =
    options.write ?? ((table, items) => batchWriteAll(db.clients.doc, table, items));
  const openWeek = pulseWeekAskedAt(now, isoWeekOf);
  const centre = generateDemoCentre({
    endWeekMonday: mondayOfIsoWeek(openWeek).toISOString().slice(0, 10),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const deps = dynamoDeps(db.config, db.clients);
  const history = buildDemoHistory(centre, now, deps.customerKey, {
    openWeek,
    awaiting: new Set([demoAdvisorOf(centre).payrollId]),
  });
  const seal = aesPulseSeal(db.config.APP_SECRET);
  const pulseItems = await Promise.all(
    history.pulseAnswers.map(async (a) =>
      pulseAnswerItem(
        a.teamId,
        a.week,
        randomUUID(),
        await seal.seal({
          workMode: a.workMode,
          answers: a.answers,
          ...(a.comment ? { comment: a.comment } : {}),
        }),
      ),
    ),
  );
  log(
    `  built ${history.mainItems.length + pulseItems.length} items in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  await deps.roster.upsertTeams(history.teams);
  await deps.roster.upsertAdvisors(history.advisors);
  await write(db.config.MAIN_TABLE_NAME, history.mainItems, 'contacts and history');
  await write(db.config.PULSE_TABLE_NAME, pulseItems, 'anonymous pulses');
  const lastClosed = lastClosedWeek(now);
  const closedWeeks = centre.plan.weeks.filter((week) => week <= lastClosed);
  const publication = new DynamoPublicationRepository(db.clients, db.config.MAIN_TABLE_NAME);
  const byWeek = demoPublication(history, closedWeeks);
  const comments = demoCommentSets(history, byWeek);
  for (const [week, figures] of byWeek) {
    await publication.publishWeek(week, figures, randomUUID(), comments.get(week));
  }
  const pulseDispatch = await dispatchPulse(
    { ...deps, ...options.mail, newId: randomUUID, clock: { now: () => new Date(now) } },
    openWeek,
  );
  log(
    `  pulse of ${openWeek} open until ${pulseLinkExpiry(openWeek).toISOString().slice(0, 10)}: ` +
      `${pulseDispatch.invited} invitations sent, ${pulseDispatch.alreadyInvited} already answered`,
  );
  // The pay history: consultation and information dates and a policy governing the last complete quarter.
  const pay = await seedDemoPay(deps, { weeks: centre.plan.weeks, now });
  log(`  pay policy published before ${pay.quarter}, ready to compute`);
  return {
    centre,
    history,
    openWeek,
    publishedWeeks: [...byWeek.keys()],
    published: [...byWeek.values()].flat(),
    pulseDispatch,
    payQuarter: pay.quarter,
  };
}

/**
 * Seeds the demo contact centre (scripts/demo/README.md): a half-year ending last week, whose
 * pulse is still open, with its planted relation, so that `npm start` shows a centre with
 * history. Returns false when this database was already seeded.
 */
export async function seedDemoOnFirstStart(db: LocalDatabase, now = new Date()): Promise<boolean> {
  const marker = await db.clients.doc.send(
    new GetCommand({ TableName: db.config.MAIN_TABLE_NAME, Key: keys.demoSeed() }),
  );
  if (marker.Item) return false;

  const started = performance.now();
  console.log(
    `Seeding the demo centre (seed ${demoDefaults.seed}, 26 weeks to ${pulseWeekAskedAt(now, isoWeekOf)}) on first start…`,
  );
  const deps = dynamoDeps(db.config, db.clients);
  const { history } = await seedDemoHistory(db, now, {
    mail: localJobDeps(db.config, db.clients),
    write: (table, items, label) => writeWithProgress(db, table, items, label),
    log: (line) => console.log(line),
  });
  // The admin's logics lists: the planted centre's tools and methods (rated in each module
  // week above) and resources tagged with the planted logics' distinctive answers.
  const lists = new DynamoLogicsListsRepository(db.clients, db.config.MAIN_TABLE_NAME);
  await lists.saveToolsAndMethods(demoTools, 'admin@demo.duopulse.example', now);
  await lists.saveResources(demoResources, 'admin@demo.duopulse.example', now);
  // Then each past month's advisor logics, as the monthly job would have published them.
  const logics = await publishLogicsMonths(logicsPublicationDeps(db.config, db.clients, { now: () => now }));
  console.log(
    `  advisor logics published for ${logics.published.map((m) => m.month).join(', ') || 'no month'}`,
  );

  await seedDemoUsers(deps, history);
  const { key } = await createApiKey(deps.apiKeys, deps.clock, { name: 'demo integration' });
  mkdirSync(db.config.DATA_DIR, { recursive: true });
  writeFileSync(demoApiKeyFile(db.config.DATA_DIR), key, { mode: 0o600 });
  await db.clients.doc.send(
    new PutCommand({
      TableName: db.config.MAIN_TABLE_NAME,
      Item: {
        ...keys.demoSeed(),
        type: entityTypes.demoSeed,
        seededAt: now.toISOString(),
        ...history.counts,
      },
    }),
  );
  const c = history.counts;
  console.log(
    `Seeded ${history.teams.length} teams, ${history.advisors.length} advisors, ${c.interactions} contacts, ` +
      `${c.responses} customer responses, ${c.pulseAnswers} anonymous pulses; ${c.pendingSurveys} recent contacts wait for ` +
      `their survey email (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
  return true;
}

/** The advisor `conseiller@demo.duopulse.example` signs in as: the first advisor of the first team. */
export function demoAdvisorOf<A extends { payrollId: string; teamId: string }>(centre: {
  readonly teams: readonly { teamId: string }[];
  readonly advisors: readonly A[];
}): A {
  const team = centre.teams[0];
  const advisor = centre.advisors.find((a) => a.teamId === team?.teamId);
  if (!advisor) throw new Error('The demo centre has no team with advisors');
  return advisor;
}

/**
 * One demo user of each role for /dev/login: the manager leads the first demo team, the advisor
 * is one of that team's advisors.
 */
export async function seedDemoUsers(
  deps: Parameters<typeof addUser>[0],
  history: {
    teams: readonly { teamId: string }[];
    advisors: readonly { payrollId: string; teamId: string }[];
  },
): Promise<void> {
  const team = history.teams[0];
  const advisor = demoAdvisorOf(history);
  if (!team) throw new Error('The demo centre has no team with advisors');
  const users = [
    { email: 'admin@demo.duopulse.example', role: 'admin', locale: 'en' },
    { email: 'rh@demo.duopulse.example', role: 'hr' },
    { email: 'paie@demo.duopulse.example', role: 'payroll' },
    { email: 'manager@demo.duopulse.example', role: 'manager', teams: [team.teamId] },
    { email: 'conseiller@demo.duopulse.example', role: 'advisor', advisorId: advisor.payrollId },
  ];
  for (const user of users) await addUser(deps, user);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const db = await openLocalDatabase();
  try {
    const seeded = await seedDemoOnFirstStart(db);
    if (!seeded)
      console.log(`The demo centre is already seeded (delete ${db.config.DATA_DIR}/ to start over).`);
    else if (!existsSync(demoApiKeyFile(db.config.DATA_DIR))) console.log('No demo API key was written.');
  } finally {
    await db.close();
  }
}
