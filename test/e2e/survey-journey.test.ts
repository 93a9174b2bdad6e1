import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { LocalOutboxMailer } from '../../functions/adapters/mail/local-outbox-mailer.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { serveLocally } from '../../functions/http/local.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import { freePort } from '../../scripts/local/dynamodb-local.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { launchChromium } from '../support/chromium.js';
import { advisor, interaction, lyonTeam } from '../support/roster-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
let browser: Browser;
let server: ReturnType<typeof serveLocally>;
let base: string;
const now = new Date();

beforeAll(async () => {
  db = await createTestDatabase();
  const deps = dynamoDeps(db.config, db.clients);
  const outbox = mkdtempSync(join(tmpdir(), 'duopulse-outbox-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = serveLocally({ ...deps, devOutboxDir: outbox }, port);
  await deps.roster.upsertTeams([{ ...lyonTeam, managementProfile: 'connector', managers: [] }]);
  await deps.roster.upsertAdvisors([{ ...advisor('P1'), firstName: 'Marie', locale: 'fr' }]);
  await recordInteractionBatch(deps, {}, { interactions: [interaction('journey-1', 'P1', now, 15)] });
  const sent = await dispatchCustomerSurveys({
    ...deps,
    mailer: new LocalOutboxMailer(outbox, 'barometre@duopulse.example'),
    publicBaseUrl: base,
  });
  expect(sent.sent).toBe(1);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a customer answers from the email', () => {
  it('opens the email in the outbox, clicks a score, submits, and the response is counted', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${base}/dev/outbox`);
    await page.getByRole('link', { name: /Comment s’est passé votre échange avec Marie/ }).click();
    await page.getByRole('link', { name: 'HTML part alone' }).click();
    const [survey] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: 'Note 8 sur 10' }).click(),
    ]);
    await survey.waitForLoadState();

    await expect.poll(() => survey.url()).toMatch(/\/s\/c\/.+\?score=8$/);
    expect(await survey.locator('input[name="satisfaction"][value="8"]').isChecked()).toBe(true);
    expect(await survey.locator('html').getAttribute('lang')).toBe('fr');

    await survey
      .locator('label[for$="resolved-yes"], label:has(input[name="resolved"][value="yes"])')
      .first()
      .click();
    await survey.getByRole('button', { name: /envoyer/i }).click();
    await expect.poll(() => survey.locator('h1').textContent()).toMatch(/Merci/);

    const counter = await db.clients.doc.send(
      new GetCommand({
        TableName: db.config.MAIN_TABLE_NAME,
        Key: keys.customerAggregate('lyon-1', isoWeekOf(new Date(now.getTime() - 21 * 60_000)), 'all'),
        ConsistentRead: true,
      }),
    );
    expect(counter.Item).toMatchObject({
      responses: 1,
      satisfactionN: 1,
      satisfactionSum: 8,
      resolvedSum: 1,
    });

    await survey.goBack();
    await survey.reload();
    expect(await survey.locator('h1').textContent()).toMatch(/déjà/);
  });
});
