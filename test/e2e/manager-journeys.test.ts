import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { type ServedApp, serveForBrowser } from '../support/browser-server.js';
import { launchChromium, signedInBrowserPage } from '../support/chromium.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

/** Screenshots for review land here (ignored by git: under .data/). */
const outputDir = join(process.cwd(), '.data', 'test-output', 'e2e');

let server: ServedApp;
let origin: string;
let browser: Browser;
let h: Awaited<ReturnType<typeof signInHarness>>;
let pressureTeam: { teamId: string; name: string };
let otherTeamId: string;
let advisorId: string;
let colleagueId: string;

const people = {
  manager: 'pressure.manager@centre.example',
  advisor: 'advisor.self@centre.example',
  hr: 'head.of.relations@centre.example',
};

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  // Seed 5 of the demo design: its pressure team raises calibrated alerts (the default seed none).
  const seeded = await seedDemoTables(h.db, h.clock.now(), { seed: 5 });
  const team = seeded.history.teams.find((t) => t.teamId === seeded.centre.plan.pressureTeamId);
  if (!team) throw new Error('the demo has no pressure team');
  pressureTeam = { teamId: team.teamId, name: team.name };
  otherTeamId = seeded.history.teams.find((t) => t.teamId !== team.teamId)?.teamId ?? '';
  const teamAdvisors = seeded.history.advisors.filter((a) => a.teamId === team.teamId);
  advisorId = teamAdvisors[0]?.payrollId ?? '';
  colleagueId = teamAdvisors[1]?.payrollId ?? '';
  await addUser(h.deps, { email: people.manager, role: 'manager', teams: [team.teamId], locale: 'en' });
  await addUser(h.deps, { email: people.advisor, role: 'advisor', advisorId, locale: 'fr' });
  await addUser(h.deps, { email: people.hr, role: 'hr', locale: 'en' });
  // localhost is a secure context for Chromium, so the __Host- session cookie is kept over http.
  server = await serveForBrowser(h.app.fetch, 'localhost');
  origin = server.origin;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Signs in through /dev/login (the same session code as Cognito's callback) and puts the session
 * cookie in the browser's jar. The server's clock is fixed in the demo's week, so the cookie it
 * sets would already have expired for the browser's real clock: the jar gets the same cookie
 * with a real-time expiry instead (the button itself is exercised by the first test).
 */
async function signIn(email: string): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
  const { context, page, violations } = await signedInBrowserPage(browser, await h.signInAs(email));
  await page.goto(`${origin}/`);
  expect(await page.content()).toContain(email);
  return { context, page, violations };
}

it('the local sign-in page offers each demo person a button that opens their session', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/dev/login`);
  for (const email of Object.values(people)) {
    expect(await page.locator(`form:has(input[value="${email}"]) button`).count()).toBe(1);
  }
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/dev/login') && r.request().method() === 'POST'),
    page.locator(`form:has(input[value="${people.manager}"]) button`).click(),
  ]);
  expect(response.status()).toBe(303);
  expect(await response.headerValue('set-cookie')).toMatch(/^__Host-duopulse-session=[^;]+;.*HttpOnly/i);
  await context.close();
});

describe('a team manager', () => {
  it('opens the team page, sees the charts, switches to French, opens an alert and records an action', async () => {
    const { context, page, violations } = await signIn(people.manager);
    await page.goto(`${origin}/teams/${pressureTeam.teamId}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toContain(pressureTeam.name);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
    }
    const screenshot = join(outputDir, 'team-page-en.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(20_000);

    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/account/language')),
      page.getByRole('button', { name: 'Passer en français' }).click(),
    ]);
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/teams/${pressureTeam.teamId}`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.screenshot({ path: join(outputDir, 'team-page-fr.png'), fullPage: true });

    const alertLinks = page.locator('section[aria-labelledby="alerts-heading"] a');
    expect(await alertLinks.count()).toBeGreaterThan(0);
    await alertLinks.first().click();
    await page.waitForURL(new RegExp(`/teams/${pressureTeam.teamId}/alerts/`));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect((await page.locator('main').textContent())?.length ?? 0).toBeGreaterThan(300);
    await page.screenshot({ path: join(outputDir, 'alert-explanation-fr.png'), fullPage: true });

    await page.goto(`${origin}/teams/${pressureTeam.teamId}`);
    await page.locator('#action-what').fill('Entretiens individuels et pause supplémentaire le vendredi');
    await page.locator('#action-who').fill('Le manager d’équipe');
    await page.locator('form[action$="/actions"] button[type="submit"]').click();
    await page.waitForURL(new RegExp(`/teams/${pressureTeam.teamId}`));
    expect(await page.content()).toContain('Entretiens individuels et pause supplémentaire le vendredi');
    await page.screenshot({ path: join(outputDir, 'team-page-action-fr.png'), fullPage: true });
    expect(violations).toEqual([]);
    await context.close();
  });

  it("cannot open another team's page: it answers like a page that does not exist", async () => {
    const { context, page } = await signIn(people.manager);
    const other = await page.goto(`${origin}/teams/${otherTeamId}`);
    const unknown = await page.goto(`${origin}/teams/no-such-team`);
    expect(other?.status()).toBe(404);
    expect(unknown?.status()).toBe(404);
    await context.close();
  });
});

describe('an advisor', () => {
  it("sees their own results, and fails to open a colleague's page or any team page", async () => {
    const { context, page } = await signIn(people.advisor);
    const own = await page.goto(`${origin}/me`);
    expect(own?.status()).toBe(200);
    for (const path of [
      `/teams/${pressureTeam.teamId}`,
      `/teams/${otherTeamId}`,
      `/me/${colleagueId}`,
      `/advisors/${colleagueId}`,
      '/centre',
    ]) {
      const res = await page.goto(`${origin}${path}`);
      expect(res?.status(), path).toBe(404);
      expect(await page.content()).not.toContain(pressureTeam.name);
    }
    const withParam = await page.goto(`${origin}/me?advisorId=${colleagueId}`);
    expect([200, 400]).toContain(withParam?.status());
    expect(await page.content()).not.toContain(colleagueId);
    await context.close();
  });
});

describe('the head of customer relations', () => {
  it('opens the centre overview and its heatmap', async () => {
    const { context, page, violations } = await signIn(people.hr);
    const res = await page.goto(`${origin}/centre`);
    expect(res?.status()).toBe(200);
    const svgs = page.locator('svg[role="img"]');
    expect(await svgs.count()).toBeGreaterThanOrEqual(2);
    const heatmap = page.locator('figure.heatmap svg[role="img"]');
    expect(await heatmap.count()).toBe(1);
    expect((await heatmap.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    expect(await page.content()).toContain(pressureTeam.name);
    await page.screenshot({ path: join(outputDir, 'centre-overview-en.png'), fullPage: true });
    expect(violations).toEqual([]);
    await context.close();
  });
});
