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
const cookies: Record<'fr' | 'en', string> = { fr: '', en: '' };

beforeAll(async () => {
  const h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  await seedDemoTables(h.db, h.clock.now());
  await addUser(h.deps, { email: 'drc@centre.example', role: 'hr', locale: 'fr' });
  await addUser(h.deps, { email: 'drc.en@centre.example', role: 'hr', locale: 'en' });
  cookies.fr = await h.signInAs('drc@centre.example');
  cookies.en = await h.signInAs('drc.en@centre.example');
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

describe.each(viewports)('the centre overview on a $name ($width px)', (viewport) => {
  it.each(['fr', 'en'] as const)(
    'has no serious or critical accessibility violation (%s)',
    async (locale) => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        extraHTTPHeaders: { cookie: cookies[locale] },
      });
      const page = await context.newPage();
      const policyViolations = watchPolicyViolations(page);
      const response = await page.goto(`${origin}/centre`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.locator('svg.quadrant').count()).toBe(1);
      expect(await page.locator('svg[aria-labelledby="centre-heatmap-chart-title"]').count()).toBe(1);
      const serious = await seriousAccessibilityViolations(page);
      expect(serious).toEqual([]);
      expect(policyViolations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    },
  );
});
