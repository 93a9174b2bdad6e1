import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import {
  type ServedApp,
  seriousAccessibilityViolations,
  serveForBrowser,
} from '../support/browser-server.js';
import { launchChromium, watchPolicyViolations } from '../support/chromium.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let server: ServedApp;
let origin: string;
let browser: Browser;
let teamId: string;
const cookies: Record<'fr' | 'en', string> = { fr: '', en: '' };

beforeAll(async () => {
  const h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  const seeded = await seedDemoTables(h.db, h.clock.now());
  teamId = seeded.history.teams[0]?.teamId ?? '';
  await addUser(h.deps, {
    email: 'manager.fr@centre.example',
    role: 'manager',
    teams: [teamId],
    locale: 'fr',
  });
  await addUser(h.deps, {
    email: 'manager.en@centre.example',
    role: 'manager',
    teams: [teamId],
    locale: 'en',
  });
  cookies.fr = await h.signInAs('manager.fr@centre.example');
  cookies.en = await h.signInAs('manager.en@centre.example');
  server = await serveForBrowser(h.app.fetch);
  origin = server.origin;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const viewports = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 375, height: 812 },
] as const;

async function check(path: string, locale: 'fr' | 'en', viewport: { width: number; height: number }) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    extraHTTPHeaders: { cookie: cookies[locale] },
  });
  const page = await context.newPage();
  const policyViolations = watchPolicyViolations(page);
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status()).toBe(200);
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  const serious = await seriousAccessibilityViolations(page);
  expect(serious).toEqual([]);
  expect(policyViolations).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  return { page, context };
}

describe.each(viewports)('the team page on a $name ($width px)', (viewport) => {
  it.each(['fr', 'en'] as const)(
    'has no serious or critical accessibility violation (%s)',
    async (locale) => {
      const { page, context } = await check(`/teams/${teamId}`, locale, viewport);
      expect(await page.locator('svg.series[role="img"]').count()).toBe(2);
      expect(await page.locator('svg.quadrant[role="img"]').count()).toBe(1);
      await page.screenshot({
        path: join(tmpdir(), `team-page-${locale}-${viewport.width}.png`),
        fullPage: true,
      });
      await context.close();
    },
  );

  it('explains an alert without serious or critical accessibility violation', async () => {
    const { context } = await check(`/teams/${teamId}/alerts/wellbeing-falling`, 'fr', viewport);
    await context.close();
  });
});
