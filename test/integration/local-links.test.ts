import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Config, loadConfig } from '../../functions/config.js';
import { createApp } from '../../functions/http/app.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import { dispatchPulse } from '../../functions/services/pulse-dispatch.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import {
  localAppDeps,
  localJobDeps,
  localManagerDigestDeps,
  localOutboxDir,
} from '../../functions/wiring/local.wiring.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { advisor, interaction, lyonTeam } from '../support/roster-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

const secret = 'test-secret-test-secret-test-secret-0123';

describe('the local public base URL', () => {
  it('follows PORT unless PUBLIC_BASE_URL is set', () => {
    expect(loadConfig('local', { APP_SECRET: secret }).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(loadConfig('local', { APP_SECRET: secret, PORT: '3100' }).PUBLIC_BASE_URL).toBe(
      'http://localhost:3100',
    );
    expect(
      loadConfig('local', { APP_SECRET: secret, PORT: '3100', PUBLIC_BASE_URL: 'https://pulse.example.fr' })
        .PUBLIC_BASE_URL,
    ).toBe('https://pulse.example.fr');
  });
});

describe('PORT=3100: every link in every email and in /dev/outbox uses :3100', () => {
  let db: TestDatabase;
  let config: Config;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = loadConfig('local', {
      MAIN_TABLE_NAME: db.config.MAIN_TABLE_NAME,
      PULSE_TABLE_NAME: db.config.PULSE_TABLE_NAME,
      DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
      APP_SECRET: secret,
      PORT: '3100',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'duopulse-port-')),
    });
    const deps = dynamoDeps(config, db.clients);
    await deps.roster.upsertTeams([{ ...lyonTeam, managementProfile: 'connector', managers: [] }]);
    await deps.roster.upsertAdvisors([
      { ...advisor('P1'), firstName: 'Marie', locale: 'fr' },
      { ...advisor('P2'), firstName: 'Tom', locale: 'en' },
    ]);
    const now = new Date();
    await recordInteractionBatch(
      deps,
      {},
      { interactions: [interaction('port-1', 'P1', now, 15), interaction('port-2', 'P2', now, 15)] },
    );
    const jobs = localJobDeps(config, db.clients);
    expect((await dispatchCustomerSurveys(jobs)).sent).toBe(2);
    await dispatchPulse(jobs, isoWeekOf(now), 1);
  }, 60_000);

  it('writes emails whose every link, text and HTML, starts with http://localhost:3100', () => {
    const files = readdirSync(localOutboxDir(config)).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBe(4);
    for (const file of files) {
      // Quoted-printable soft line breaks and `=3D` undone, so links read whole.
      const eml = readFileSync(join(localOutboxDir(config), file), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=');
      const links = eml.match(/https?:\/\/[^\s"'<>)\]]+/g) ?? [];
      // Namespaces and doctypes are not links anyone follows.
      const own = links.filter((l) => !/^https?:\/\/www\.w3\.org\//.test(l));
      expect(own.length, file).toBeGreaterThan(0);
      for (const link of own) expect(link, file).toMatch(/^http:\/\/localhost:3100\//);
    }
  });

  it('shows those links in /dev/outbox, and the digest links to the same origin', async () => {
    const app = createApp({ ...localAppDeps(config, db.clients), peerAddress: () => '127.0.0.1' });
    const list = await (await app.request('/dev/outbox')).text();
    const first = list.match(/href="(\/dev\/outbox\/[^"/]+\.eml)"/)?.[1];
    if (!first) throw new Error(`no message listed:\n${list}`);
    const message = await (await app.request(first)).text();
    expect(message).toMatch(/http:\/\/localhost:3100\/(s|u)\//);
    expect(message).not.toMatch(/localhost:3000/);
    expect(localManagerDigestDeps(config, db.clients).publicBaseUrl).toBe('http://localhost:3100');
  });
});
