import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LocalOutboxMailer,
  listOutbox,
  readOutboxMessage,
} from '../../functions/adapters/mail/local-outbox-mailer.js';
import { serveLocally } from '../../functions/http/local.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { recordInteractionBatch } from '../../functions/services/interaction.service.js';
import { dispatchPulse } from '../../functions/services/pulse-dispatch.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { freePort } from '../../scripts/local/dynamodb-local.js';
import { surveyMessages } from '../../shared/i18n/survey-messages.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { launchChromium } from '../support/chromium.js';
import { advisor, interaction, lyonTeam } from '../support/roster-fixtures.js';
import { createTestDatabase } from '../support/test-tables.js';

// A French customer and a French advisor make a mistake in a browser that asks for English:
// the invitation's own language wins, and every word on the page sent back is French.

let browser: Browser;
let server: ReturnType<typeof serveLocally>;
let base: string;
let outbox: string;
const now = new Date();
const fr = surveyMessages('fr');
/** What the validator or an English catalogue would say; none of it may reach a French page. */
const english =
  /Invalid|expected|received|answer at least|choose a whole|Choose|Please|Your answer|Error:|optional\)/;

/** The path of the first link under `prefix` in the outbox message sent to `to`. */
async function linkTo(to: string, prefix: string): Promise<string> {
  for (const summary of await listOutbox(outbox)) {
    const message = await readOutboxMessage(outbox, summary.file);
    const link = message?.text.match(new RegExp(`https?://\\S*${prefix}[^\\s?)>\\]]+`))?.[0];
    if (message && summary.to === to && link) return new URL(link).pathname;
  }
  throw new Error(`No ${prefix} link for ${to}`);
}

/** The page's text, the document title and the words only screen readers hear included. */
async function visibleText(page: Page): Promise<string> {
  return `${await page.title()}\n${await page.locator('body').textContent()}`;
}

beforeAll(async () => {
  const db = await createTestDatabase();
  const deps = dynamoDeps(db.config, db.clients);
  outbox = mkdtempSync(join(tmpdir(), 'duopulse-outbox-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = serveLocally({ ...deps, devOutboxDir: outbox }, port);
  await deps.roster.upsertTeams([{ ...lyonTeam, managementProfile: 'connector', managers: [] }]);
  await deps.roster.upsertAdvisors([{ ...advisor('P1'), firstName: 'Marie', locale: 'fr' }]);
  await recordInteractionBatch(deps, {}, { interactions: [interaction('lang-1', 'P1', now, 15)] });
  const dispatchDeps = {
    ...deps,
    mailer: new LocalOutboxMailer(outbox, 'barometre@duopulse.example'),
    publicBaseUrl: base,
  };
  expect((await dispatchCustomerSurveys(dispatchDeps)).sent).toBe(1);
  await dispatchPulse(dispatchDeps, isoWeekOf(now), 1);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a French survey page sent back with mistakes', () => {
  it('shows the customer French errors only, though the browser asks for English', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${base}${await linkTo('client-lang-1@client.example', '/s/c/')}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    // A value the buttons do not offer (as a tampered form would post), and no satisfaction score.
    await page.locator('input[name="recommendation"][value="10"]').evaluate((input: HTMLInputElement) => {
      input.value = '12';
      input.checked = true;
    });
    await page.getByRole('button', { name: fr.customer.submit }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);

    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual([
      fr.errors.customer.satisfaction,
      fr.errors.customer.recommendation,
    ]);
    expect(await page.locator('#satisfaction-error').textContent()).toContain(
      fr.errors.customer.satisfaction,
    );
    const text = await visibleText(page);
    expect(text).toContain(fr.errorSummaryHeading);
    expect(text).not.toMatch(english);
    await context.close();
  });

  it('shows the advisor French errors only on the pulse, though the browser asks for English', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}${await linkTo('p1@centre.example', '/s/p/')}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('button', { name: fr.pulse.submit }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    const text = await visibleText(page);
    expect(text).toContain(fr.errors.pulseEmpty);
    expect(text).not.toMatch(english);
    await context.close();
  });
});

describe('a page with no invitation behind it', () => {
  it('speaks English to a browser sending de-DE,en and French to fr-CA', async () => {
    for (const [accept, lang] of [
      ['de-DE,en', 'en'],
      ['fr-CA', 'fr'],
    ] as const) {
      const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': accept } });
      const page = await context.newPage();
      for (const path of ['/', '/privacy', '/s/c/not-a-token']) {
        await page.goto(`${base}${path}`);
        expect(await page.locator('html').getAttribute('lang'), `${accept} ${path}`).toBe(lang);
      }
      expect(await page.locator('h1').textContent()).toBe(surveyMessages(lang).invalidLink.heading);
      await context.close();
    }
  });
});
