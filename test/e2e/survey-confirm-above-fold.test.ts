import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { surveyFollowUpMessages } from '../../shared/i18n/survey-follow-up-messages.js';
import { launchChromium } from '../support/chromium.js';
import { advisor, interaction, lyonTeam } from '../support/roster-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
let browser: Browser;
let server: ReturnType<typeof serveLocally>;
let base: string;
let outbox: string;
const now = new Date();
const phone = { width: 375, height: 667 };

/** The customer survey link (path) of the outbox message sent to `to`. */
async function surveyPathFor(to: string): Promise<string> {
  for (const summary of await listOutbox(outbox)) {
    const message = await readOutboxMessage(outbox, summary.file);
    const link = message?.text.match(/https?:\/\/\S*\/s\/c\/[^\s?)>\]]+/)?.[0];
    if (JSON.stringify(message).includes(to) && link) return new URL(link).pathname;
  }
  throw new Error(`No survey email to ${to}`);
}

async function responsesOf(interactionId: string) {
  const out = await db.clients.doc.send(
    new ScanCommand({ TableName: db.config.MAIN_TABLE_NAME, ConsistentRead: true }),
  );
  return (out.Items ?? []).filter((i) => i.type === 'CustomerResponse' && i.interactionId === interactionId);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const deps = dynamoDeps(db.config, db.clients);
  outbox = mkdtempSync(join(tmpdir(), 'duopulse-outbox-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = serveLocally({ ...deps, devOutboxDir: outbox }, port);
  await deps.roster.upsertTeams([{ ...lyonTeam, managementProfile: 'connector', managers: [] }]);
  // A long first name: the heading takes three lines on a phone, the worst case above the fold.
  await deps.roster.upsertAdvisors([{ ...advisor('P1'), firstName: 'Marie-Charlotte', locale: 'fr' }]);
  await recordInteractionBatch(
    deps,
    {},
    {
      interactions: [
        { ...interaction('fold-fr', 'P1', now, 15), channel: 'in-person' },
        { ...interaction('fold-en', 'P1', now, 16), channel: 'in-person', customerLocale: 'en' },
      ],
    },
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

describe.each([
  ['fr', 'fold-fr', 3],
  ['en', 'fold-en', 9],
] as const)('the clicked score on a 375 × 667 phone (%s)', (locale, externalId, score) => {
  it('is confirmed by a button visible without scrolling, and one tap records it', async () => {
    const context = await browser.newContext({
      viewport: phone,
      locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
    });
    const page = await context.newPage();
    const path = await surveyPathFor(`client-${externalId}@client.example`);
    await page.goto(`${base}${path}?score=${score}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.isChecked(`#satisfaction-${score}`)).toBe(true);
    // Opening the page recorded nothing.
    expect(await responsesOf(externalId)).toEqual([]);

    const confirm = page.getByRole('button', { name: surveyFollowUpMessages(locale).survey.confirm });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await confirm.boundingBox();
    if (!box) throw new Error('no confirm button');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // The optional questions come after it.
    const recommendation = await page.locator('#recommendation-0').boundingBox();
    expect(recommendation?.y ?? 0).toBeGreaterThan(box.y);

    await confirm.click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Merci|Thank you/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const responses = await responsesOf(externalId);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ satisfaction: score, channel: 'in-person' });
    expect(responses[0]).not.toHaveProperty('recommendation');
    await context.close();
  });
});
