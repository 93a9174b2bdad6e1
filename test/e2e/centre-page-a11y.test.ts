import { AxeBuilder } from '@axe-core/playwright';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { launchChromium, watchPolicyViolations } from '../support/chromium.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let server: ServerType;
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
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
  origin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const viewports = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
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
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
      expect(serious).toEqual([]);
      expect(policyViolations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    },
  );
});
