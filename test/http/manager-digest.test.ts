import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDigestLedger } from '../../functions/adapters/dynamo/digest-ledger.repository.js';
import { DynamoUserRepository } from '../../functions/adapters/dynamo/user.repository.js';
import {
  LocalOutboxMailer,
  listOutbox,
  type OutboxMessage,
  readOutboxMessage,
} from '../../functions/adapters/mail/local-outbox-mailer.js';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import {
  digestClaimLeaseMs,
  type ManagerDigestDeps,
  sendManagerDigests,
} from '../../functions/services/digest/manager-digest.service.js';
import type { Mailer, OutgoingMail } from '../../functions/services/ports/mailer.port.js';
import { managerDigestDeps } from '../../functions/wiring/digest.wiring.js';
import { runLocalJob } from '../../scripts/local/local-jobs.js';
import { type Team, teamSchema } from '../../shared/roster/index.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { lilleTeam, lyonTeam } from '../support/roster-fixtures.js';
import { TestClock } from '../support/survey-harness.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

// The demo centre's last week is ISO 2026-W47 (16–22 Nov), and its pulse figures are all published;
// the digest runs on Monday 23 Nov, 08:00 in Paris.
const base = 'https://barometre.example.fr';
let db: TestDatabase;
let outboxDir: string;
let clock: TestClock;
let teams: Team[];
let logs: { message: string; fields: Record<string, unknown> }[];

const people = {
  fr: 'manager@demo.duopulse.example',
  en: 'two.teams@demo.duopulse.example',
  gone: 'former.team@demo.duopulse.example',
  hr: 'rh@demo.duopulse.example',
  advisor: 'conseiller@demo.duopulse.example',
};

function deps(mailer?: Mailer): ManagerDigestDeps {
  const wired = managerDigestDeps(
    { MAIN_TABLE_NAME: db.config.MAIN_TABLE_NAME, PUBLIC_BASE_URL: base },
    db.clients,
    mailer ?? new LocalOutboxMailer(outboxDir, 'barometre@duopulse.example', clock),
    (message, fields) => logs.push({ message, fields }),
  );
  return { ...wired, clock };
}

async function outbox(): Promise<OutboxMessage[]> {
  const summaries = await listOutbox(outboxDir);
  const messages = await Promise.all(summaries.map((s) => readOutboxMessage(outboxDir, s.file)));
  return messages.filter((m): m is OutboxMessage => m !== undefined);
}

function countByRecipient(messages: readonly OutboxMessage[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of messages) counts[m.to] = (counts[m.to] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  db = await createTestDatabase();
  outboxDir = await mkdtemp(join(tmpdir(), 'duopulse-digest-'));
  clock = new TestClock(new Date('2026-11-23T07:00:00Z'));
  // Seeded as of the following Monday, so every survey of W47's contacts has had its answer.
  const seeded = await seedDemoTables(db, new Date('2026-11-30T07:00:00Z'));
  teams = seeded.history.teams;
  const advisor = seeded.history.advisors.find((a) => a.teamId === teams[0]?.teamId);
  const admin = { ...deps(), users: new DynamoUserRepository(db.clients, db.config.MAIN_TABLE_NAME) };
  await addUser(admin, { email: people.fr, role: 'manager', teams: [teams[0]?.teamId] });
  await addUser(admin, {
    email: people.en,
    role: 'manager',
    teams: [teams[1]?.teamId, teams[2]?.teamId],
    locale: 'en',
  });
  await addUser(admin, { email: people.hr, role: 'hr' });
  await addUser(admin, { email: people.advisor, role: 'advisor', advisorId: advisor?.payrollId });
  // A manager whose only team has since left the roster (the user record predates its removal).
  await admin.users.addUser({
    email: people.gone,
    role: 'manager',
    teams: ['CLOSED-TEAM'],
    locale: 'fr',
    createdAt: clock.now().toISOString(),
  });
  logs = [];
}, 240_000);

afterAll(async () => {
  await rm(outboxDir, { recursive: true, force: true });
});

describe('the weekly manager digest job, on the demo centre', () => {
  it('sends one email per manager with a team, in their language, linking each team page', async () => {
    const summary = await sendManagerDigests(deps());
    expect(summary).toMatchObject({
      week: '2026-W47',
      managers: 3,
      sent: 2,
      alreadySent: 0,
      skipped: 1,
      failed: 0,
    });
    const messages = await outbox();
    expect(countByRecipient(messages)).toEqual({ [people.fr]: 1, [people.en]: 1 });

    const fr = messages.find((m) => m.to === people.fr) as OutboxMessage;
    expect(fr.subject).toBe('Votre baromètre de la semaine du 16 nov. 2026');
    expect(fr.headers['x-duopulse-tag-kind']).toBe('manager-digest');
    expect(fr.text).toContain(teams[0]?.name);
    expect(fr.text).toContain(`${base}/teams/${teams[0]?.teamId}`);
    expect(fr.html).toContain(`href="${base}/teams/${teams[0]?.teamId}"`);
    expect(fr.text).toMatch(/Satisfaction client\s+\d+,\d \[\d+,\d ; \d+,\d\] sur \d+\s+réponses/);
    expect(fr.text).toMatch(/Bien-être des conseillers/);
    expect(fr.text).not.toContain(teams[1]?.name);
  });

  it('covers both teams of a manager who leads two, in English', async () => {
    const en = (await outbox()).find((m) => m.to === people.en) as OutboxMessage;
    expect(en.subject).toBe('Your barometer for the week of 16 Nov 2026');
    for (const team of [teams[1], teams[2]]) {
      expect(en.text).toContain(team?.name);
      expect(en.text).toContain(`${base}/teams/${team?.teamId}`);
    }
    expect(en.text).toMatch(/Customer satisfaction\s+\d+\.\d \[\d+\.\d, \d+\.\d\] from \d+ responses/);
    expect(en.text).not.toContain(teams[0]?.name);
  });

  it('shows wellbeing only from the publication, naming its week or saying why it is hidden', async () => {
    for (const message of await outbox()) {
      const text = message.text.replace(/\s+/g, ' ');
      expect(text).toMatch(
        /(Semaine du \d+ \w+\.? 2026 : (\d+,\d|masqué))|(Week of \d+ \w+ 2026: (\d+\.\d|hidden))/,
      );
    }
  });

  it('logs the manager whose teams are gone and sends hr and advisors nothing', async () => {
    expect(logs).toContainEqual({
      message: 'manager digest: teams no longer in the roster',
      fields: { manager: people.gone, teams: ['CLOSED-TEAM'] },
    });
    expect(logs).toContainEqual({
      message: 'manager digest skipped: no team in the roster',
      fields: { manager: people.gone, week: '2026-W47' },
    });
    const recipients = (await outbox()).map((m) => m.to);
    expect(recipients).not.toContain(people.hr);
    expect(recipients).not.toContain(people.advisor);
    expect(recipients).not.toContain(people.gone);
  });

  it('run again the same week, sends nothing more', async () => {
    const again = await sendManagerDigests(deps());
    expect(again).toMatchObject({ week: '2026-W47', sent: 0, alreadySent: 2, failed: 0 });
    expect(countByRecipient(await outbox())).toEqual({ [people.fr]: 1, [people.en]: 1 });
  });

  it('the next week, sends one more to each manager', async () => {
    clock.advanceDays(7);
    const next = await sendManagerDigests(deps());
    expect(next).toMatchObject({ week: '2026-W48', sent: 2, alreadySent: 0 });
    expect(await sendManagerDigests(deps())).toMatchObject({ sent: 0, alreadySent: 2 });
    const messages = await outbox();
    expect(countByRecipient(messages)).toEqual({ [people.fr]: 2, [people.en]: 2 });
    expect(messages.map((m) => m.subject)).toContain('Votre baromètre de la semaine du 23 nov. 2026');
  });
});

describe('a run that fails or dies between claim and send', () => {
  it('gives a failed send back, and the next run sends it', async () => {
    clock.advanceDays(7);
    let failures = 1;
    const flaky: Mailer = {
      send: async (mail: OutgoingMail) => {
        if (mail.to === people.en && failures-- > 0) throw new Error('SES throttled');
        return new LocalOutboxMailer(outboxDir, 'barometre@duopulse.example', clock).send(mail);
      },
    };
    expect(await sendManagerDigests(deps(flaky))).toMatchObject({ week: '2026-W49', sent: 1, failed: 1 });
    expect(logs).toContainEqual({
      message: 'manager digest not sent',
      fields: { manager: people.en, week: '2026-W49', error: 'SES throttled' },
    });
    expect(await sendManagerDigests(deps(flaky))).toMatchObject({ sent: 1, alreadySent: 1, failed: 0 });
    expect(countByRecipient(await outbox())).toEqual({ [people.fr]: 3, [people.en]: 3 });
  });

  it('leaves a live claim alone, and sends once its lease has run out', async () => {
    clock.advanceDays(7);
    const ledger = new DynamoDigestLedger(db.clients, db.config.MAIN_TABLE_NAME);
    const crashedAt = clock.now();
    const crashed = await ledger.claim('2026-W50', people.fr, {
      claimId: 'crashed-run',
      now: crashedAt,
      leaseUntil: new Date(crashedAt.getTime() + digestClaimLeaseMs),
    });
    expect(crashed).toBe('claimed');
    expect(await sendManagerDigests(deps())).toMatchObject({ week: '2026-W50', sent: 1, beingSent: 1 });
    expect(countByRecipient(await outbox())).toEqual({ [people.fr]: 3, [people.en]: 4 });

    clock.advanceDays(digestClaimLeaseMs / 86_400_000 + 1 / 86_400);
    expect(await sendManagerDigests(deps())).toMatchObject({ sent: 1, alreadySent: 1, beingSent: 0 });
    expect(countByRecipient(await outbox())).toEqual({ [people.fr]: 4, [people.en]: 4 });
    // The crashed run can no longer mark the digest as its own.
    expect(
      await ledger.markSent('2026-W50', people.fr, 'crashed-run', { messageId: 'x', at: clock.now() }),
    ).toBe(false);
  });
});

describe('npm run job -- manager-digest (the local wiring)', () => {
  it('writes one .eml per manager under the data directory, and nothing more on a second run', async () => {
    const local = await createTestDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), 'duopulse-digest-job-'));
    try {
      const config = { ...local.config, DATA_DIR: dataDir };
      const wired = managerDigestDeps(config, local.clients, new LocalOutboxMailer(outboxDir, 'x@y.example'));
      await wired.roster.upsertTeams([teamSchema.parse(lyonTeam), teamSchema.parse(lilleTeam)]);
      const admin = { ...wired, users: new DynamoUserRepository(local.clients, config.MAIN_TABLE_NAME) };
      await addUser(admin, { email: 'lyon.manager@centre.example', role: 'manager', teams: ['lyon-1'] });
      await addUser(admin, {
        email: 'lille.manager@centre.example',
        role: 'manager',
        teams: ['lille-1'],
        locale: 'en',
      });
      const db = { config, clients: local.clients, owned: false, close: async () => {} };
      expect(await runLocalJob(db, 'manager-digest')).toMatchObject({ managers: 2, sent: 2 });
      expect(await runLocalJob(db, 'manager-digest')).toMatchObject({ sent: 0, alreadySent: 2 });
      const files = await listOutbox(join(dataDir, 'outbox'));
      expect(files.map((f) => f.to).sort()).toEqual([
        'lille.manager@centre.example',
        'lyon.manager@centre.example',
      ]);
      expect(files.find((f) => f.to.startsWith('lyon'))?.subject).toMatch(
        /^Votre baromètre de la semaine du /,
      );
      expect(files.find((f) => f.to.startsWith('lille'))?.subject).toMatch(
        /^Your barometer for the week of /,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
