import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayPolicy } from '../../shared/pay/default-pay-policy.js';
import { type ServedApp, serveForBrowser } from '../support/browser-server.js';
import { launchChromium, signedInBrowserPage } from '../support/chromium.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let server: ServedApp;
let origin: string;
let browser: Browser;
let h: Awaited<ReturnType<typeof signInHarness>>;
const quarter = '2026-Q1';

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-04-02T09:00:00Z') });
  await h.seed();
  await h.publishDefaultPolicy(quarter);
  const hr = await h.signInAs(signInUsers.hr.email);
  const page = `/pay/quarters/${quarter}`;
  await h.request('POST', `${page}/compute`, { cookie: hr, form: {} });
  await h.request('POST', `${page}/rows/A1/approve`, { cookie: hr, form: {} });
  await h.request('POST', `${page}/rows/B1/override`, {
    cookie: hr,
    form: { value: '0.9', reason: 'Revue' },
  });
  expect((await h.request('POST', `${page}/close`, { cookie: hr, form: {} })).status).toBe(303);
  server = await serveForBrowser(h.app.fetch, 'localhost');
  origin = server.origin;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A browser page signed in as `email` (session cookie with a real-time expiry), CSP refusals collected. */
async function signedIn(email: string): Promise<{ page: Page; violations: string[] }> {
  return signedInBrowserPage(browser, await h.signInAs(email), { acceptDownloads: true });
}

describe('pay pages in Chromium', () => {
  it('the policy editor names the broken rule as hr types, under the CSP, and clears when fixed', async () => {
    const { page, violations } = await signedIn(signInUsers.hr.email);
    await page.goto(`${origin}/pay/policy`);
    const live = page.locator('#policy-live');
    await expect.poll(() => live.locator('[data-state="valid"]').count(), { timeout: 10_000 }).toBe(1);
    const forbidden = { ...defaultPayPolicy('2026-Q4'), award: 'forced-ranking' };
    await page.locator('#policy').fill(JSON.stringify(forbidden, null, 2));
    await expect
      .poll(() => live.textContent(), { timeout: 10_000 })
      .toContain('Le classement forcé est interdit');
    await page.locator('#policy').fill(JSON.stringify(defaultPayPolicy('2026-Q4'), null, 2));
    await expect.poll(() => live.locator('[data-state="valid"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await h.deps.pay.policyVersions()).toHaveLength(1);
    expect(violations).toEqual([]);
  });

  it('payroll downloads the closed CSV from the quarter page and the check confirms it', async () => {
    const { page, violations } = await signedIn(signInUsers.payroll.email);
    await page.goto(`${origin}/pay/quarters/${quarter}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`a[href$="/revisions/1/files/csv"]`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`duopulse-pay-${quarter}-r1.csv`);
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await page.locator('input[type="file"][name="file"]').setInputFiles(path);
    await page.locator('form[action$="/revisions/1/check"] button[type="submit"]').click();
    await page.waitForURL(/\/revisions\/1\/check$/);
    const verdict = page.locator('[data-verdict]');
    expect(await verdict.getAttribute('data-verdict')).toBe('matches');
    expect(await page.content()).toContain(createHash('sha256').update(bytes).digest('hex'));
    expect(violations).toEqual([]);
  });
});
