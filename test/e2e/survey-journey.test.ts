import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import {
  LocalOutboxMailer,
  listOutbox,
  readOutboxMessage,
} from '../../functions/adapters/mail/local-outbox-mailer.js';
import { serveLocally } from '../../functions/http/local.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { freePort } from '../../scripts/local/dynamodb-local.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { launchChromium, watchPolicyViolations } from '../support/chromium.js';
import { advisor, interaction, lyonTeam } from '../support/roster-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
let browser: Browser;
let server: ReturnType<typeof serveLocally>;
let base: string;
let outbox: string;
const now = new Date();

/** The customer survey link (path) of the outbox message whose subject mentions `firstName`. */
async function surveyPathFor(firstName: string): Promise<string> {
  for (const summary of await listOutbox(outbox)) {
    const message = await readOutboxMessage(outbox, summary.file);
    const link = message?.text.match(/https?:\/\/\S*\/s\/c\/[^\s?)>\]]+/)?.[0];
    if (message?.subject.includes(firstName) && link) return new URL(link).pathname;
  }
  throw new Error(`No survey email for ${firstName}`);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const deps = dynamoDeps(db.config, db.clients);
  outbox = mkdtempSync(join(tmpdir(), 'duopulse-outbox-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = serveLocally({ ...deps, devOutboxDir: outbox }, port);
  await deps.roster.upsertTeams([{ ...lyonTeam, managementProfile: 'connector', managers: [] }]);
  await deps.roster.upsertAdvisors([
    { ...advisor('P1'), firstName: 'Marie', locale: 'fr' },
    { ...advisor('P2'), firstName: 'Hugo', locale: 'fr' },
  ]);
  await recordInteractionBatch(
    deps,
    {},
    { interactions: [interaction('journey-1', 'P1', now, 15), interaction('journey-2', 'P2', now, 15)] },
  );
  const sent = await dispatchCustomerSurveys({
    ...deps,
    mailer: new LocalOutboxMailer(outbox, 'barometre@duopulse.example'),
    publicBaseUrl: base,
  });
  expect(sent.sent).toBe(2);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a customer answers from the email', () => {
  it('opens the email in the outbox, clicks a score, submits, and the response is counted', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const violations = watchPolicyViolations(page);
    const outboxPage = await page.goto(`${base}/dev/outbox`);
    expect(outboxPage?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByRole('link', { name: /Comment s’est passé votre échange avec Marie/ }).click();
    await page.getByRole('link', { name: 'HTML part alone' }).click();
    const [survey] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: 'Note 8 sur 10' }).click(),
    ]);
    await survey.waitForLoadState();
    const surveyViolations = watchPolicyViolations(survey);

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
    expect([...violations, ...surveyViolations]).toEqual([]);
  });
});

describe('a form posted to Duopulse from another site', () => {
  let attacker: Server;
  let attackerOrigin: string;

  beforeAll(async () => {
    const target = `${base}${await surveyPathFor('Hugo')}`;
    const port = await freePort();
    attackerOrigin = `http://localhost:${port}`;
    attacker = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><title>Win a prize</title><form method="post" action="${target}">` +
          '<input type="hidden" name="satisfaction" value="0"><input type="hidden" name="recommendation" value="0">' +
          '<input type="hidden" name="resolved" value="no"><button>Claim</button></form></html>',
      );
    });
    await new Promise<void>((resolve) => attacker.listen(port, '127.0.0.1', resolve));
  });

  afterAll(() => attacker?.close());

  it('is refused with a 403 page in the browser language, and the real link still records', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${attackerOrigin}/`);
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Claim' }).click(),
    ]);
    expect(refused.status()).toBe(403);
    expect(refused.request().headers()).toMatchObject({ origin: attackerOrigin });
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBe('Sending refused');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    const own = await context.newPage();
    await own.goto(`${base}${await surveyPathFor('Hugo')}?score=9`);
    await own.locator('label[for$="resolved-yes"]').first().click();
    await own.getByRole('button', { name: /send|envoyer/i }).click();
    await expect.poll(() => own.locator('h1').textContent()).toMatch(/Thank you|Merci/);
    await context.close();
  });
});
