import type { DispatchDeps } from '../../functions/services/customer-dispatch.service.js';
import { seedDemoHistory } from '../../scripts/seed-demo.js';
import { CapturingMailer } from './survey-harness.js';
import type { TestDatabase } from './test-tables.js';

/**
 * The demo centre written to test tables as `npm start` seeds it at `now` (seedDemoHistory):
 * 26 weeks ending with the week before `now`'s, whose pulse is open (its invitations sent with
 * `mail`, by default kept in memory, to `http://duopulse.test`), every closed week published,
 * and a pay policy governing the last complete quarter (`payQuarter`).
 * `seed` draws another centre of the same design (the default seed: the pressure team LIL-FID
 * raises the wellbeing-falling alert and no other team an alert; seed 5: LIL-FID raises
 * productivity-pressure, LYO-PAR-B wellbeing-falling).
 */
export async function seedDemoTables(
  db: TestDatabase,
  now: Date,
  options: { seed?: number; mail?: Pick<DispatchDeps, 'mailer' | 'publicBaseUrl'> } = {},
) {
  const mail = options.mail ?? { mailer: new CapturingMailer(), publicBaseUrl: 'http://duopulse.test' };
  const seeded = await seedDemoHistory(db, now, { mail, seed: options.seed });
  return { ...seeded, mail };
}
