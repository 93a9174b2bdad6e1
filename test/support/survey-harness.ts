import { createApp } from '../../functions/http/app.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import type { DispatchDeps } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import type { Clock } from '../../functions/services/ports/clock.port.js';
import type { Mailer, OutgoingMail } from '../../functions/services/ports/mailer.port.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import type { InteractionInput } from '../../shared/roster/index.js';
import { advisor, lilleTeam, lyonTeam } from './roster-fixtures.js';
import { createTestDatabase, type TestDatabase } from './test-tables.js';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/** Keeps every message handed to it, in order. */
export class CapturingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail) {
    this.sent.push(mail);
    return { messageId: `m${this.sent.length}` };
  }
  to(address: string): OutgoingMail[] {
    return this.sent.filter((m) => m.to === address);
  }
}

/** The first link of a mail's text that starts with `prefix` (path only). */
export function linkIn(mail: OutgoingMail, prefix: string): string {
  const match = mail.text.match(
    new RegExp(`https?://[^\\s)>\\]]*${prefix.replaceAll('/', '\\/')}[^\\s)>\\]]*`),
  );
  if (!match) throw new Error(`No ${prefix} link in mail to ${mail.to}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}

export interface SurveyHarness {
  readonly db: TestDatabase;
  readonly deps: AppDeps;
  readonly dispatchDeps: DispatchDeps;
  readonly app: ReturnType<typeof createApp>;
  readonly mailer: CapturingMailer;
  readonly clock: TestClock;
  record(interactions: InteractionInput[]): Promise<void>;
}

/** A centre with two teams (Lyon: P1–P6, Lille: P7) on fresh tables, and a capturing mailer. */
export async function surveyHarness(now = new Date('2026-11-18T10:00:00Z')): Promise<SurveyHarness> {
  const db = await createTestDatabase();
  const clock = new TestClock(now);
  const deps: AppDeps = { ...dynamoDeps(db.config, db.clients), clock };
  const mailer = new CapturingMailer();
  const dispatchDeps: DispatchDeps = { ...deps, mailer, publicBaseUrl: 'http://duopulse.test' };
  await deps.roster.upsertTeams([
    { ...lyonTeam, managementProfile: 'connector', managers: [] },
    { ...lilleTeam, managementProfile: 'always-on', managers: [] },
  ]);
  const advisors = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((id, i) => ({
    ...advisor(id),
    firstName: ['Marie', 'Hugo', 'Léa', 'Sami', 'Inès', 'Paul'][i],
    locale: 'fr' as const,
    workMode: i % 2 ? ('remote' as const) : ('on-site' as const),
  }));
  await deps.roster.upsertAdvisors([
    ...advisors,
    { ...advisor('P7', 'lille-1'), locale: 'en', firstName: 'Tom' },
  ]);
  return {
    db,
    deps,
    dispatchDeps,
    app: createApp(deps),
    mailer,
    clock,
    record: async (interactions) => {
      await recordInteractionBatch(deps, {}, { interactions });
    },
  };
}
