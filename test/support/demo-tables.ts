import { randomUUID } from 'node:crypto';
import { DynamoAuditLog } from '../../functions/adapters/dynamo/audit.repository.js';
import { batchWriteAll } from '../../functions/adapters/dynamo/batch.js';
import { DynamoPayRepository } from '../../functions/adapters/dynamo/pay.repository.js';
import { DynamoPublicationRepository } from '../../functions/adapters/dynamo/publication.repository.js';
import { DynamoRosterRepository } from '../../functions/adapters/dynamo/roster.repository.js';
import { pulseAnswerItem } from '../../functions/adapters/dynamo/survey.repository.js';
import { aesPulseSeal } from '../../functions/adapters/pulse/pulse-seal.js';
import { generateDemoCentre } from '../../scripts/demo/demo-centre.js';
import { seedDemoPay } from '../../scripts/demo/demo-pay.js';
import { demoCommentSets, demoPublication } from '../../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../../scripts/demo-history.js';
import type { TestDatabase } from './test-tables.js';

/**
 * The demo centre written to test tables and published week by week, as `npm start` seeds it.
 * `seed` draws another centre of the same design (seed 5: the pressure team LIL-FID raises the
 * wellbeing-falling, productivity-pressure and once-and-done alerts; the default seed raises none).
 */
export async function seedDemoTables(db: TestDatabase, now: Date, options: { seed?: number } = {}) {
  const centre = generateDemoCentre({
    endWeekMonday: '2026-11-16',
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const history = buildDemoHistory(centre, now, (email) => email.toLowerCase());
  const seal = aesPulseSeal(db.config.APP_SECRET);
  const roster = new DynamoRosterRepository(db.clients, db.config.MAIN_TABLE_NAME);
  await roster.upsertTeams(history.teams);
  await roster.upsertAdvisors(history.advisors);
  await batchWriteAll(db.clients.doc, db.config.MAIN_TABLE_NAME, history.mainItems);
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
  await batchWriteAll(db.clients.doc, db.config.PULSE_TABLE_NAME, pulseItems);
  const publication = new DynamoPublicationRepository(db.clients, db.config.MAIN_TABLE_NAME);
  const byWeek = demoPublication(history, centre.plan.weeks);
  const comments = demoCommentSets(history, byWeek);
  for (const [week, figures] of byWeek)
    await publication.publishWeek(week, figures, randomUUID(), comments.get(week));
  const pay = await seedDemoPay(
    {
      pay: new DynamoPayRepository(db.clients, db.config.MAIN_TABLE_NAME),
      audit: new DynamoAuditLog(db.clients, db.config.MAIN_TABLE_NAME),
    },
    { weeks: centre.plan.weeks, now },
  );
  return { centre, history, published: [...byWeek.values()].flat(), payQuarter: pay.quarter };
}
