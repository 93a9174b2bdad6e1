import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { SingleBar } from 'cli-progress';
import { batchWriteAll } from '../functions/adapters/dynamo/batch.js';
import { mapWithConcurrency } from '../functions/adapters/dynamo/concurrency.js';
import { entityTypes, keys } from '../functions/adapters/dynamo/keys.js';
import { DynamoLogicsListsRepository } from '../functions/adapters/dynamo/logics-lists.repository.js';
import { DynamoPublicationRepository } from '../functions/adapters/dynamo/publication.repository.js';
import { pulseAnswerItem } from '../functions/adapters/dynamo/survey.repository.js';
import { aesPulseSeal } from '../functions/adapters/pulse/pulse-seal.js';
import { addUser } from '../functions/services/access/user-admin.service.js';
import { createApiKey } from '../functions/services/api-key.service.js';
import { publishLogicsMonths } from '../functions/services/logics/publish-logics-month.service.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { logicsPublicationDeps } from '../functions/wiring/logics-publication.wiring.js';
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

/**
 * Seeds the demo contact centre (scripts/demo/README.md): a half-year ending last week, with
 * its planted relation, so that `npm start` shows a centre with history. Returns false when
 * this database was already seeded.
 */
export async function seedDemoOnFirstStart(db: LocalDatabase, now = new Date()): Promise<boolean> {
  const marker = await db.clients.doc.send(
    new GetCommand({ TableName: db.config.MAIN_TABLE_NAME, Key: keys.demoSeed() }),
  );
  if (marker.Item) return false;

  const started = performance.now();
  const lastWeek = isoWeekOf(new Date(now.getTime() - 7 * 86_400_000));
  const endWeekMonday = mondayOfIsoWeek(lastWeek).toISOString().slice(0, 10);
  console.log(`Seeding the demo centre (seed ${demoDefaults.seed}, 26 weeks to ${lastWeek}) on first start…`);
  const centre = generateDemoCentre({ endWeekMonday });
  const deps = dynamoDeps(db.config, db.clients);
  const history = buildDemoHistory(centre, now, deps.customerKey);
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
  console.log(
    `  built ${history.mainItems.length + pulseItems.length} items in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  await deps.roster.upsertTeams(history.teams);
  await deps.roster.upsertAdvisors(history.advisors);
  await writeWithProgress(db, db.config.MAIN_TABLE_NAME, history.mainItems, 'contacts and history');
  await writeWithProgress(db, db.config.PULSE_TABLE_NAME, pulseItems, 'anonymous pulses');
  // The seeded half-year is past: each of its weeks is closed and published in turn, as the
  // publication job would have done week after week.
  const publication = new DynamoPublicationRepository(db.clients, db.config.MAIN_TABLE_NAME);
  const byWeek = demoPublication(history, centre.plan.weeks);
  const comments = demoCommentSets(history, byWeek);
  for (const [week, figures] of byWeek) {
    await publication.publishWeek(week, figures, randomUUID(), comments.get(week));
  }
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

  // The pay history: consultation and information dates and a policy governing the last complete quarter.
  const pay = await seedDemoPay(deps, { weeks: centre.plan.weeks, now });
  console.log(`  pay policy published before ${pay.quarter}, ready to compute`);
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
  const advisor = history.advisors.find((a) => a.teamId === team?.teamId);
  if (!team || !advisor) throw new Error('The demo centre has no team with advisors');
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
