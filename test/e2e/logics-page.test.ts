import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLogicsMonth } from '../../shared/logics/build-logics-month.js';
import { plantCentre, plantedTools } from '../../shared/logics/plant-logics.js';
import {
  type ServedApp,
  seriousAccessibilityViolations,
  serveForBrowser,
} from '../support/browser-server.js';
import { launchChromium, watchPolicyViolations } from '../support/chromium.js';
import { signInHarness } from '../support/sign-in-harness.js';

let server: ServedApp;
let origin: string;
let browser: Browser;
let cookies: Record<string, string>;

beforeAll(async () => {
  const h = await signInHarness({ now: new Date('2026-04-02T09:00:00Z') });
  await h.seed();
  cookies = await h.signInEveryone();
  const planted = plantCentre({ respondents: 300, seed: 4 });
  const month = buildLogicsMonth({
    month: '2026-03',
    k: 5,
    publishedAt: new Date('2026-03-20T03:30:00Z'),
    tools: plantedTools,
    resources: [
      {
        id: 'peer-circles',
        kind: 'training-format',
        title: { fr: 'Cercles de pairs', en: 'Peer circles' },
        addresses: [{ itemId: 'rely-colleagues', when: 'high' }],
      },
    ],
    respondents: planted.answers.map((vector, i) => ({
      site: i % 2 ? 'Lille' : 'Lyon',
      answers: Object.fromEntries(
        planted.items.flatMap((item, j) => (vector[j] === null ? [] : [[item.id, vector[j] as number]])),
      ),
    })),
    notYetCountingBySite: {},
  });
  await h.deps.logicsPublication?.publishMonth(month);
  server = await serveForBrowser(h.app.fetch);
  origin = server.origin;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the advisor logics page in Chromium', () => {
  it.each([
    ['hr', 'fr', 3],
    ['otherManager', 'en', 2],
  ] as const)(
    'as %s (%s): charts drawn, no CSP report, no serious or critical accessibility violation',
    async (who, locale, views) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        extraHTTPHeaders: { cookie: cookies[who] as string },
      });
      const page = await context.newPage();
      const policyViolations = watchPolicyViolations(page);
      const response = await page.goto(`${origin}/logics`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.locator('[data-view]').count()).toBe(views);
      expect(await page.locator('svg.chart circle').count()).toBeGreaterThan(30);
      expect(await page.locator('[data-valued-by-one="tool-peer-debrief"]').count()).toBeGreaterThan(0);
      // The map of the logics: one ellipse per logic, five arrows, its stylesheet applied.
      expect(await page.locator('svg.logics-map ellipse').count()).toBe(3);
      expect(await page.locator('svg.logics-map [data-item]').count()).toBe(5);
      const weight = await page
        .locator('svg.logics-map text.logic-name')
        .first()
        .evaluate((el) => getComputedStyle(el).fontWeight);
      expect(weight).toBe('700');
      // The month selector is a plain GET form.
      await page.selectOption('#logics-month', '2026-03');
      await Promise.all([
        page.waitForURL(/month=2026-03/),
        page.locator('form[action="/logics"] button').click(),
      ]);
      expect(await page.locator('h1').textContent()).toContain('2026-03');
      const serious = await seriousAccessibilityViolations(page);
      expect(serious).toEqual([]);
      expect(policyViolations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    },
  );
});
