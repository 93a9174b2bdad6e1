import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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

const viewports = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 375, height: 812 },
] as const;

let server: ServedApp;
let origin: string;
let browser: Browser;
const cookies: Record<'fr' | 'en', string> = { fr: '', en: '' };

beforeAll(async () => {
  const h = await signInHarness({ now: new Date('2026-11-18T10:00:00Z') });
  const { history } = await seedDemoTables(h.db, h.clock.now());
  const team = history.teams[0];
  const advisor = history.advisors.find((a) => a.teamId === team?.teamId);
  if (!advisor) throw new Error('the demo centre has no advisor');
  await addUser(h.deps, { email: 'conseiller@demo.example', role: 'advisor', advisorId: advisor.payrollId });
  await addUser(h.deps, {
    email: 'advisor@demo.example',
    role: 'advisor',
    advisorId: advisor.payrollId,
    locale: 'en',
  });
  cookies.fr = await h.signInAs('conseiller@demo.example');
  cookies.en = await h.signInAs('advisor@demo.example');
  server = await serveForBrowser(h.app.fetch);
  origin = server.origin;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens /me signed in (the session cookie sent as a header: the test serves plain http). */
async function openMe(locale: 'fr' | 'en', viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, extraHTTPHeaders: { cookie: cookies[locale] } });
  const page = await context.newPage();
  const violations = watchPolicyViolations(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(`${origin}/me`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("style-src 'sha256-");
  expect(violations).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  return page;
}

describe.each(viewports)("the advisor's own page on a $name ($width px)", (viewport) => {
  it.each(['fr', 'en'] as const)(
    'has no serious or critical accessibility violation (%s)',
    async (locale) => {
      const page = await openMe(locale, viewport);
      await page
        .locator('details')
        .first()
        .evaluate((d) => d.setAttribute('open', ''));
      const serious = await seriousAccessibilityViolations(page);
      expect(serious).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('svg[role=img]').count()).toBe(1);
      await page.context().close();
    },
  );

  it('fits the width without sideways scrolling, chart drawn with its band and line', async () => {
    const page = await openMe('fr', viewport);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const chart = await page.locator('svg.series').boundingBox();
    expect(chart?.width ?? 0).toBeGreaterThan(300);
    expect(await page.locator('svg.series path').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg.series g > title').count()).toBe(13);
    const path = `/tmp/advisor-page-${viewport.width}.png`;
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
    await page.context().close();
  });
});

describe("the advisor's own page on a phone (375 px), by keyboard", () => {
  it('reaches every table that scrolls sideways with Tab, hears its name, and scrolls it with the arrows', async () => {
    const page = await openMe('fr', { width: 375, height: 812 });
    await page.locator('details').evaluateAll((all) => {
      for (const d of all) d.setAttribute('open', '');
    });
    const regions = await page.locator('.table-scroll').evaluateAll((all) =>
      all.map((e) => ({
        name: e.getAttribute('aria-label') ?? '',
        overflows: e.scrollWidth > e.clientWidth,
      })),
    );
    const scrolling = regions.filter((r) => r.overflows).map((r) => r.name);
    expect(scrolling.length).toBeGreaterThan(0);
    const reached: string[] = [];
    for (let i = 0; i < 120 && reached.length < regions.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement;
        return e?.classList.contains('table-scroll')
          ? {
              name: e.getAttribute('aria-label') ?? '',
              role: e.getAttribute('role'),
              overflows: e.scrollWidth > e.clientWidth,
            }
          : undefined;
      });
      if (!focused) continue;
      expect(focused.role).toBe('region');
      reached.push(focused.name);
      if (focused.overflows) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0);
      }
    }
    expect(reached).toEqual(regions.map((r) => r.name));
    for (const name of scrolling) expect(name.length).toBeGreaterThan(2);
    await page.context().close();
  });
});
